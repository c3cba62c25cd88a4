// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schemascriptrenderer.h"

#include <QList>
#include <QString>
#include <QStringList>

/// Two schemas' DDL laid out side by side: object blocks aligned by kind and name (an object on
/// one side only gets blank filler lines on the other), lines inside a block aligned by a longest
/// common subsequence line diff. Both sides always have the same number of rows, so the two panes
/// scroll together line for line. A pure value, built on any thread.
class SideBySideDocument {
public:
    enum class RowKind {
        Same,    ///< identical on both sides (or a separator)
        Changed, ///< a line on both sides, different
        Removed, ///< only on the left (filler on the right)
        Added,   ///< only on the right (filler on the left)
    };

    struct Anchor {
        QString kind;   ///< "enum", "table", "view"
        QString object; ///< its name
        int row = 0;    ///< first row of the object's block
        int rows = 0;   ///< rows of the block
    };

    /// One step of an LCS line diff: a line of `a`, of `b`, or of both (equal).
    struct LineOp {
        int a = -1; ///< index into a, -1: an insertion from b
        int b = -1; ///< index into b, -1: a deletion from a
    };

    static SideBySideDocument build(const QList<DdlBlock> &left, const QList<DdlBlock> &right);
    /// Longest common subsequence diff of two line lists, in order (deletions before insertions
    /// between equal lines).
    static QList<LineOp> lineDiff(const QStringList &a, const QStringList &b);

    int rowCount() const { return static_cast<int>(m_kinds.size()); }
    QString leftText() const { return m_left.join(QLatin1Char('\n')); }
    QString rightText() const { return m_right.join(QLatin1Char('\n')); }
    const QStringList &leftLines() const { return m_left; }
    const QStringList &rightLines() const { return m_right; }
    RowKind kind(int row) const { return m_kinds.at(row); }
    const QList<RowKind> &kinds() const { return m_kinds; }
    /// Whether the row exists on that side (false: a filler line).
    bool leftPresent(int row) const { return m_leftNumber.at(row) > 0; }
    bool rightPresent(int row) const { return m_rightNumber.at(row) > 0; }
    /// The line number on that side's own DDL text (1-based), 0 for a filler line.
    int leftLineNumber(int row) const { return m_leftNumber.at(row); }
    int rightLineNumber(int row) const { return m_rightNumber.at(row); }
    const QList<Anchor> &anchors() const { return m_anchors; }
    /// First row of each run of consecutive non-Same rows, ascending.
    const QList<int> &changes() const { return m_changes; }
    /// The block an object starts at, -1 when neither side has it.
    int rowOf(const QString &kind, const QString &object) const;
    /// The first row of `object`'s block whose text (either side) mentions `"needle"` (quoted in
    /// any SQL identifier style), or the block's first row; -1 when the object is not there.
    int rowOfItem(const QString &kind, const QString &object, const QString &needle) const;

private:
    void append(const QString &left, const QString &right, RowKind kind, int leftNumber,
                int rightNumber);

    QStringList m_left;
    QStringList m_right;
    QList<RowKind> m_kinds;
    QList<int> m_leftNumber;
    QList<int> m_rightNumber;
    QList<Anchor> m_anchors;
    QList<int> m_changes;
};
