// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sidebysidedocument.h"
#include "viewers/readonlysqlview.h"

/// One side of the side-by-side schema diff: the highlighted DDL of that side, with filler lines
/// where the other side has more, changed/added/removed lines tinted (colours derived from the
/// palette, so they stay readable in dark mode) and a gutter with that side's own line numbers.
class DiffSqlView : public ReadOnlySqlView {
    Q_OBJECT
public:
    enum class Side { Left, Right };

    explicit DiffSqlView(Side side, QWidget *parent = nullptr);

    void setDocument(const SideBySideDocument &document);
    /// Marks the rows of the current change (a stronger bar in the gutter).
    void setCurrentChange(int firstRow, int rows);
    /// Scrolls so that `row` is near the top, and puts the cursor there.
    void showRow(int row);
    int firstVisibleRow() const;

    /// The tint of a row of that kind on this palette (also used by the legend).
    static QColor rowColor(SideBySideDocument::RowKind kind, const QPalette &palette);
    /// The saturated colour of a row kind (gutter bar, legend swatch).
    static QColor markerColor(SideBySideDocument::RowKind kind);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    class Gutter;
    friend class Gutter;

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);
    void updateGutterWidth();
    void updateSelections();

    Side m_side;
    Gutter *m_gutter;
    SideBySideDocument m_document;
    int m_currentFirst = -1;
    int m_currentRows = 0;
};
