// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainplan.h"

#include "mwbtr.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
QString scalarText(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 12);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts << (e.isObject() || e.isArray()
                          ? QString::fromUtf8(QJsonDocument(e.isObject()
                                                                ? QJsonDocument(e.toObject())
                                                                : QJsonDocument(e.toArray()))
                                                  .toJson(QJsonDocument::Compact))
                          : scalarText(e));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

QString num(const QJsonObject &o, const char *key) {
    return scalarText(o.value(QLatin1String(key)));
}

void addPostgresNode(const QJsonObject &plan, int parent, QList<ExplainNode> *nodes) {
    ExplainNode node;
    node.parent = parent;
    QString title = plan.value(QLatin1String("Node Type")).toString();
    if (plan.contains(QLatin1String("Join Type")) && title.contains(QLatin1String("Join")))
        title = plan.value(QLatin1String("Join Type")).toString() + QLatin1Char(' ') + title;
    if (plan.contains(QLatin1String("Index Name")))
        title += MwbTr::tr(" using %1").arg(plan.value(QLatin1String("Index Name")).toString());
    if (plan.contains(QLatin1String("Relation Name"))) {
        title += MwbTr::tr(" on %1").arg(plan.value(QLatin1String("Relation Name")).toString());
        const QString alias = plan.value(QLatin1String("Alias")).toString();
        if (!alias.isEmpty() && alias != plan.value(QLatin1String("Relation Name")).toString())
            title += QLatin1Char(' ') + alias;
    }
    node.title = title;
    QString detail = QStringLiteral("cost=%1..%2 rows=%3 width=%4")
                         .arg(num(plan, "Startup Cost"), num(plan, "Total Cost"),
                              num(plan, "Plan Rows"), num(plan, "Plan Width"));
    if (plan.contains(QLatin1String("Actual Total Time")))
        detail += QStringLiteral("  actual time=%1..%2 ms rows=%3 loops=%4")
                      .arg(num(plan, "Actual Startup Time"), num(plan, "Actual Total Time"),
                           num(plan, "Actual Rows"), num(plan, "Actual Loops"));
    node.detail = detail;
    for (auto it = plan.begin(); it != plan.end(); ++it) {
        if (it.key() == QLatin1String("Plans"))
            continue;
        node.properties.append({it.key(), scalarText(it.value())});
    }
    nodes->append(node);
    const int self = static_cast<int>(nodes->size()) - 1;
    for (const QJsonValue &child : plan.value(QLatin1String("Plans")).toArray())
        addPostgresNode(child.toObject(), self, nodes);
}

/// MySQL/MariaDB JSON: every object is a node named after its key; scalars are its properties.
void addMySqlNode(const QString &key, const QJsonObject &object, int parent,
                  QList<ExplainNode> *nodes) {
    ExplainNode node;
    node.parent = parent;
    QString title = key;
    if (object.contains(QLatin1String("table_name")))
        title = MwbTr::tr("table %1").arg(object.value(QLatin1String("table_name")).toString());
    node.title = title;
    QStringList detail;
    static const char *const keys[] = {
        "access_type",        "key",        "rows", "r_rows",
        "filtered",           "r_filtered", "cost", "r_total_time_ms",
        "attached_condition", "query_cost"};
    for (const char *k : keys) {
        if (object.contains(QLatin1String(k)))
            detail << QLatin1String(k) + QLatin1Char('=') +
                          scalarText(object.value(QLatin1String(k)));
    }
    if (object.contains(QLatin1String("cost_info"))) {
        const QJsonObject cost = object.value(QLatin1String("cost_info")).toObject();
        for (auto it = cost.begin(); it != cost.end(); ++it)
            detail << it.key() + QLatin1Char('=') + scalarText(it.value());
    }
    node.detail = detail.join(QStringLiteral("  "));
    QList<std::pair<QString, QJsonValue>> children;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        bool nested = v.isObject();
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            nested = !a.isEmpty() && a.first().isObject();
        }
        if (nested)
            children.append({it.key(), v});
        else
            node.properties.append({it.key(), scalarText(v)});
    }
    nodes->append(node);
    const int self = static_cast<int>(nodes->size()) - 1;
    for (const auto &[childKey, v] : children) {
        if (v.isObject()) {
            addMySqlNode(childKey, v.toObject(), self, nodes);
        } else {
            for (const QJsonValue &e : v.toArray()) {
                // nested_loop: [ {table: {…}}, … ] — skip the anonymous wrapper object.
                const QJsonObject o = e.toObject();
                if (o.size() == 1 && o.begin().value().isObject())
                    addMySqlNode(o.begin().key(), o.begin().value().toObject(), self, nodes);
                else
                    addMySqlNode(childKey, o, self, nodes);
            }
        }
    }
}
} // namespace

QString ExplainPlan::explainSql(const QString &sql, SqlDialect dialect, bool analyze, bool mariaDb,
                                QString *error) {
    switch (dialect) {
    case SqlDialect::PostgreSQL:
        return (analyze ? QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ")
                        : QStringLiteral("EXPLAIN (FORMAT JSON) ")) +
               sql;
    case SqlDialect::MySQL:
        if (!analyze)
            return QStringLiteral("EXPLAIN FORMAT=JSON ") + sql;
        return mariaDb ? QStringLiteral("ANALYZE FORMAT=JSON ") + sql
                       : QStringLiteral("EXPLAIN ANALYZE ") + sql;
    case SqlDialect::SQLite:
        if (analyze) {
            if (error)
                *error = MwbTr::tr("SQLite cannot run a statement with timings; EXPLAIN QUERY "
                                   "PLAN shows the plan.");
            return {};
        }
        return QStringLiteral("EXPLAIN QUERY PLAN ") + sql;
    }
    return {};
}

QList<ExplainNode> ExplainPlan::parsePostgresJson(const QByteArray &json, QString *error) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    QList<ExplainNode> nodes;
    if (pe.error != QJsonParseError::NoError || !doc.isArray() || doc.array().isEmpty()) {
        if (error)
            *error =
                MwbTr::tr("The plan is not the JSON PostgreSQL writes: %1").arg(pe.errorString());
        return nodes;
    }
    const QJsonObject top = doc.array().first().toObject();
    addPostgresNode(top.value(QLatin1String("Plan")).toObject(), -1, &nodes);
    if (!nodes.isEmpty()) {
        for (auto it = top.begin(); it != top.end(); ++it) {
            if (it.key() != QLatin1String("Plan"))
                nodes.first().properties.append({it.key(), scalarText(it.value())});
        }
        if (top.contains(QLatin1String("Execution Time")))
            nodes.first().detail += MwbTr::tr("  (planning %1 ms, execution %2 ms)")
                                        .arg(num(top, "Planning Time"), num(top, "Execution Time"));
    }
    return nodes;
}

QList<ExplainNode> ExplainPlan::parseMySqlJson(const QByteArray &json, QString *error) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    QList<ExplainNode> nodes;
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = MwbTr::tr("The plan is not JSON: %1").arg(pe.errorString());
        return nodes;
    }
    const QJsonObject top = doc.object();
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (it.value().isObject())
            addMySqlNode(it.key(), it.value().toObject(), -1, &nodes);
    }
    return nodes;
}

QList<ExplainNode> ExplainPlan::parseMySqlTree(const QString &text) {
    QList<ExplainNode> nodes;
    QList<std::pair<int, int>> stack; // (indent, node index)
    static const QRegularExpression line(
        QStringLiteral("^(\\s*)-> (.*?)(\\s+\\((cost|actual).*)?$"));
    for (const QString &l : text.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = line.match(l);
        if (!m.hasMatch())
            continue;
        const int indent = static_cast<int>(m.capturedLength(1));
        while (!stack.isEmpty() && stack.last().first >= indent)
            stack.removeLast();
        ExplainNode node;
        node.parent = stack.isEmpty() ? -1 : stack.last().second;
        node.title = m.captured(2).trimmed();
        node.detail = m.captured(3).trimmed();
        nodes.append(node);
        stack.append({indent, static_cast<int>(nodes.size()) - 1});
    }
    return nodes;
}

QList<ExplainNode> ExplainPlan::parseSqliteRows(const QList<SqliteRow> &rows) {
    // Like the sqlite3 shell: one "QUERY PLAN" root above the top-level rows (parent 0).
    QList<ExplainNode> nodes;
    ExplainNode root;
    root.title = QStringLiteral("QUERY PLAN");
    nodes.append(root);
    QHash<int, int> indexOfId;
    for (const SqliteRow &row : rows) {
        ExplainNode node;
        node.parent = indexOfId.value(row.parent, 0);
        node.title = row.detail;
        node.properties = {{QStringLiteral("id"), QString::number(row.id)},
                           {QStringLiteral("parent"), QString::number(row.parent)}};
        nodes.append(node);
        indexOfId.insert(row.id, static_cast<int>(nodes.size()) - 1);
    }
    return nodes;
}
