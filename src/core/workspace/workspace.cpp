// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "dotenv.h"
#include "mwbtr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

bool Workspace::locate(const QString &path, Workspace *out, QString *error) {
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = MwbTr::tr("%1 does not exist.").arg(path);
        return false;
    }
    Workspace ws;
    if (info.isFile()) {
        if (!info.fileName().endsWith(QLatin1String(".prisma"))) {
            *error =
                MwbTr::tr("%1 is a file, not a Prisma project folder or schema.prisma.").arg(path);
            return false;
        }
        ws.schemaPath = info.absoluteFilePath();
        const QDir schemaDir = info.absoluteDir();
        ws.root = schemaDir.dirName() == QLatin1String("prisma")
                      ? QFileInfo(schemaDir.absolutePath()).absolutePath()
                      : schemaDir.absolutePath();
    } else {
        const QDir dir(info.absoluteFilePath());
        if (QFileInfo::exists(dir.filePath(QStringLiteral("prisma/schema.prisma"))) ||
            QFileInfo(dir.filePath(QStringLiteral("prisma/migrations"))).isDir()) {
            ws.root = dir.absolutePath();
            ws.schemaPath = dir.filePath(QStringLiteral("prisma/schema.prisma"));
        } else if (QFileInfo::exists(dir.filePath(QStringLiteral("schema.prisma"))) ||
                   QFileInfo(dir.filePath(QStringLiteral("migrations"))).isDir()) {
            ws.schemaPath = dir.filePath(QStringLiteral("schema.prisma"));
            ws.root = dir.dirName() == QLatin1String("prisma")
                          ? QFileInfo(dir.absolutePath()).absolutePath()
                          : dir.absolutePath();
        } else {
            *error = MwbTr::tr("%1 is not a Prisma workspace: it has neither prisma/schema.prisma "
                               "nor prisma/migrations.")
                         .arg(dir.absolutePath());
            return false;
        }
    }
    ws.migrationsDir = QDir(ws.schemaDir()).filePath(QStringLiteral("migrations"));
    ws.envPath = QDir(ws.root).filePath(QStringLiteral(".env"));
    *out = ws;
    return true;
}

QString Workspace::schemaDir() const {
    return QFileInfo(schemaPath).absolutePath();
}

QString Workspace::migrationsLabel() const {
    return QDir(root).relativeFilePath(migrationsDir);
}

QString Workspace::datasourceUrl(QString *source) const {
    QString variable = QStringLiteral("DATABASE_URL");
    QFile schema(schemaPath);
    if (schema.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(schema.readAll());
        static const QRegularExpression block(
            QStringLiteral(R"re(datasource\s+\w+\s*\{([^}]*)\})re"));
        static const QRegularExpression literal(QStringLiteral(R"re(\burl\s*=\s*"([^"]*)")re"));
        static const QRegularExpression env(
            QStringLiteral(R"re(\burl\s*=\s*env\(\s*"([^"]+)"\s*\))re"));
        const QString body = block.match(text).captured(1);
        if (const auto m = literal.match(body); m.hasMatch()) {
            if (source)
                *source = MwbTr::tr("the url in %1").arg(QFileInfo(schemaPath).fileName());
            return m.captured(1);
        }
        if (const auto m = env.match(body); m.hasMatch())
            variable = m.captured(1);
    }
    const QString fromProcess = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (!fromProcess.isEmpty()) {
        if (source)
            *source = MwbTr::tr("the environment variable %1").arg(variable);
        return fromProcess;
    }
    const QString fromFile = DotEnv::read(envPath).value(variable);
    if (!fromFile.isEmpty() && source)
        *source = MwbTr::tr("%1 in %2").arg(variable, envPath);
    return fromFile;
}
