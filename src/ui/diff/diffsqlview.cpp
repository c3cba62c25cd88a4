// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffsqlview.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

using RowKind = SideBySideDocument::RowKind;

class DiffSqlView::Gutter : public QWidget {
public:
    explicit Gutter(DiffSqlView *view)
        : QWidget(view)
        , m_view(view) {}
    QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }

private:
    DiffSqlView *m_view;
};

namespace {
QColor mix(const QColor &a, const QColor &b, qreal t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

DiffSqlView::DiffSqlView(Side side, QWidget *parent)
    : ReadOnlySqlView(parent)
    , m_side(side)
    , m_gutter(new Gutter(this)) {
    setObjectName(side == Side::Left ? QStringLiteral("leftPane") : QStringLiteral("rightPane"));
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::blockCountChanged, this, &DiffSqlView::updateGutterWidth);
    updateGutterWidth();
}

QColor DiffSqlView::markerColor(RowKind kind) {
    switch (kind) {
    case RowKind::Removed:
        return {0xd6, 0x3b, 0x3b};
    case RowKind::Added:
        return {0x2e, 0x9d, 0x4f};
    case RowKind::Changed:
        return {0x3b, 0x7d, 0xd8};
    case RowKind::Same:
        break;
    }
    return {};
}

QColor DiffSqlView::rowColor(RowKind kind, const QPalette &palette) {
    const QColor base = palette.color(QPalette::Base);
    return mix(base, markerColor(kind), isDark(palette) ? 0.32 : 0.2);
}

void DiffSqlView::setDocument(const SideBySideDocument &document) {
    m_document = document;
    m_currentFirst = -1;
    m_currentRows = 0;
    setSql(m_side == Side::Left ? document.leftText() : document.rightText());
    updateGutterWidth();
    updateSelections();
}

void DiffSqlView::setCurrentChange(int firstRow, int rows) {
    m_currentFirst = firstRow;
    m_currentRows = rows;
    m_gutter->update();
}

void DiffSqlView::showRow(int row) {
    const QTextBlock block = document()->findBlockByNumber(row);
    if (block.isValid()) {
        QTextCursor cursor(block);
        setTextCursor(cursor);
    }
    verticalScrollBar()->setValue(qMax(0, row - 2));
}

int DiffSqlView::firstVisibleRow() const {
    return verticalScrollBar()->value();
}

void DiffSqlView::updateSelections() {
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette p = palette();
    const QColor filler = mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.18);
    QTextBlock block = document()->firstBlock();
    for (int row = 0; row < m_document.rowCount() && block.isValid(); ++row, block = block.next()) {
        const RowKind kind = m_document.kind(row);
        if (kind == RowKind::Same)
            continue;
        const bool present =
            m_side == Side::Left ? m_document.leftPresent(row) : m_document.rightPresent(row);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.format.setBackground(present ? QBrush(rowColor(kind, p))
                                               : QBrush(filler, Qt::BDiagPattern));
        selections.append(selection);
    }
    setExtraSelections(selections);
    m_gutter->update();
}

int DiffSqlView::gutterWidth() const {
    int digits = 2;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 10 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void DiffSqlView::updateGutterWidth() {
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void DiffSqlView::resizeEvent(QResizeEvent *event) {
    ReadOnlySqlView::resizeEvent(event);
    updateGutterWidth();
}

void DiffSqlView::changeEvent(QEvent *event) {
    ReadOnlySqlView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateSelections();
    if (event->type() == QEvent::FontChange)
        updateGutterWidth();
}

void DiffSqlView::paintGutter(QPaintEvent *event) {
    QPainter painter(m_gutter);
    const QPalette p = palette();
    painter.fillRect(event->rect(), mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.06));
    painter.setFont(font());
    const QColor number = mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.55);
    const int barWidth = 4;
    QTextBlock block = firstVisibleBlock();
    int row = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top() && row < m_document.rowCount()) {
            const int line = m_side == Side::Left ? m_document.leftLineNumber(row)
                                                  : m_document.rightLineNumber(row);
            const RowKind kind = m_document.kind(row);
            if (kind != RowKind::Same) {
                const bool current = row >= m_currentFirst && row < m_currentFirst + m_currentRows;
                painter.fillRect(QRect(m_gutter->width() - (current ? 2 * barWidth : barWidth), top,
                                       current ? 2 * barWidth : barWidth, bottom - top),
                                 markerColor(kind));
            }
            if (line > 0) {
                painter.setPen(number);
                painter.drawText(0, top, m_gutter->width() - 2 * barWidth - 2, bottom - top,
                                 Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++row;
    }
}
