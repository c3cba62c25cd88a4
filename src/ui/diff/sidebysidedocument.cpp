// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidebysidedocument.h"

#include <algorithm>
#include <vector>

namespace {
// Beyond this many cells the LCS table is not worth it: the rest of the block counts as changed.
constexpr qsizetype MaxLcsCells = 4'000'000;

QString blockKey(const DdlBlock &block) {
    return block.kind + QChar(u'\x1f') + block.object;
}

QStringList linesOf(const QString &sql) {
    QString text = sql;
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}
} // namespace

QList<SideBySideDocument::LineOp> SideBySideDocument::lineDiff(const QStringList &a,
                                                               const QStringList &b) {
    QList<LineOp> ops;
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    for (qsizetype i = 0; i < prefix; ++i)
        ops.append({static_cast<int>(i), static_cast<int>(i)});

    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n > 0 && m > 0 && (n + 1) * (m + 1) <= MaxLcsCells) {
        // lcs[i][j]: length of the LCS of the middle parts' suffixes a[i..], b[j..].
        std::vector<int> lcs(static_cast<size_t>((n + 1) * (m + 1)), 0);
        const auto at = [&](qsizetype i, qsizetype j) -> int & {
            return lcs[static_cast<size_t>(i * (m + 1) + j)];
        };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                at(i, j) = a.at(prefix + i) == b.at(prefix + j)
                               ? at(i + 1, j + 1) + 1
                               : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                ops.append({static_cast<int>(prefix + i), static_cast<int>(prefix + j)});
                ++i;
                ++j;
            } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
                ops.append({static_cast<int>(prefix + i), -1});
                ++i;
            } else {
                ops.append({-1, static_cast<int>(prefix + j)});
                ++j;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            ops.append({static_cast<int>(prefix + i), -1});
        for (qsizetype j = 0; j < m; ++j)
            ops.append({-1, static_cast<int>(prefix + j)});
    }
    for (qsizetype k = suffix; k > 0; --k)
        ops.append({static_cast<int>(a.size() - k), static_cast<int>(b.size() - k)});
    return ops;
}

void SideBySideDocument::append(const QString &left, const QString &right, RowKind kind,
                                int leftNumber, int rightNumber) {
    if (kind != RowKind::Same && (m_kinds.isEmpty() || m_kinds.constLast() == RowKind::Same))
        m_changes.append(rowCount());
    m_left.append(left);
    m_right.append(right);
    m_kinds.append(kind);
    m_leftNumber.append(leftNumber);
    m_rightNumber.append(rightNumber);
}

SideBySideDocument SideBySideDocument::build(const QList<DdlBlock> &left,
                                             const QList<DdlBlock> &right) {
    SideBySideDocument doc;
    QStringList leftKeys;
    QStringList rightKeys;
    for (const DdlBlock &block : left)
        leftKeys.append(blockKey(block));
    for (const DdlBlock &block : right)
        rightKeys.append(blockKey(block));

    int leftLine = 0;
    int rightLine = 0;
    bool first = true;
    for (const LineOp &pair : lineDiff(leftKeys, rightKeys)) {
        const DdlBlock *l = pair.a >= 0 ? &left.at(pair.a) : nullptr;
        const DdlBlock *r = pair.b >= 0 ? &right.at(pair.b) : nullptr;
        // A blank line between objects; on a side it belongs to that side's own text only
        // between two of its blocks (each side reads as its blocks joined by blank lines).
        if (!first)
            doc.append(QString(), QString(), RowKind::Same, l && leftLine > 0 ? ++leftLine : 0,
                       r && rightLine > 0 ? ++rightLine : 0);
        first = false;
        const DdlBlock &block = l ? *l : *r;
        Anchor anchor{block.kind, block.object, doc.rowCount(), 0};

        const QStringList a = l ? linesOf(l->sql) : QStringList();
        const QStringList b = r ? linesOf(r->sql) : QStringList();
        QList<int> deleted;
        QList<int> inserted;
        const auto flush = [&] {
            const qsizetype paired = std::min(deleted.size(), inserted.size());
            for (qsizetype k = 0; k < paired; ++k)
                doc.append(a.at(deleted.at(k)), b.at(inserted.at(k)), RowKind::Changed, ++leftLine,
                           ++rightLine);
            for (qsizetype k = paired; k < deleted.size(); ++k)
                doc.append(a.at(deleted.at(k)), QString(), RowKind::Removed, ++leftLine, 0);
            for (qsizetype k = paired; k < inserted.size(); ++k)
                doc.append(QString(), b.at(inserted.at(k)), RowKind::Added, 0, ++rightLine);
            deleted.clear();
            inserted.clear();
        };
        for (const LineOp &op : lineDiff(a, b)) {
            if (op.a >= 0 && op.b >= 0) {
                flush();
                doc.append(a.at(op.a), b.at(op.b), RowKind::Same, ++leftLine, ++rightLine);
            } else if (op.a >= 0) {
                deleted.append(op.a);
            } else {
                inserted.append(op.b);
            }
        }
        flush();
        anchor.rows = doc.rowCount() - anchor.row;
        doc.m_anchors.append(anchor);
    }
    return doc;
}

int SideBySideDocument::rowOf(const QString &kind, const QString &object) const {
    for (const Anchor &anchor : m_anchors) {
        if (anchor.object == object && (kind.isEmpty() || anchor.kind == kind))
            return anchor.row;
    }
    return -1;
}

int SideBySideDocument::rowOfItem(const QString &kind, const QString &object,
                                  const QString &needle) const {
    const Anchor *found = nullptr;
    for (const Anchor &anchor : m_anchors) {
        if (anchor.object == object && (kind.isEmpty() || anchor.kind == kind)) {
            found = &anchor;
            break;
        }
    }
    if (!found)
        return -1;
    if (needle.isEmpty())
        return found->row;
    const QStringList quoted{QLatin1Char('"') + needle + QLatin1Char('"'),
                             QLatin1Char('`') + needle + QLatin1Char('`'),
                             QLatin1Char('[') + needle + QLatin1Char(']')};
    const auto mentions = [&](int row) {
        for (const QString &q : quoted) {
            if (m_left.at(row).contains(q) || m_right.at(row).contains(q))
                return true;
        }
        return false;
    };
    // A changed line first: that is what the tree item is about.
    for (int row = found->row; row < found->row + found->rows; ++row) {
        if (m_kinds.at(row) != RowKind::Same && mentions(row))
            return row;
    }
    for (int row = found->row; row < found->row + found->rows; ++row) {
        if (mentions(row))
            return row;
    }
    return found->row;
}
