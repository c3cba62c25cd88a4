// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "dotenv.h"
#include "mwbtr.h"
#include "prismaconfig.h"

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
        } else if (!PrismaConfig::find(dir.absolutePath()).isEmpty()) {
            ws.root = dir.absolutePath(); // prisma.config.ts says where the schema is
            ws.schemaPath = dir.filePath(QStringLiteral("prisma/schema.prisma"));
        } else {
            *error = MwbTr::tr("%1 is not a Prisma workspace: it has neither prisma/schema.prisma "
                               "nor prisma/migrations.")
                         .arg(dir.absolutePath());
            return false;
        }
    }
    ws.configPath = PrismaConfig::find(ws.root);
    QString configMigrations;
    if (!ws.configPath.isEmpty()) {
        const PrismaConfig config = PrismaConfig::read(ws.configPath);
        if (!config.schema.isEmpty() && !info.isFile()) // a schema file given explicitly wins
            ws.schemaPath = config.schemaFile();
        configMigrations = config.migrationsDir();
    }
    ws.migrationsDir = configMigrations.isEmpty()
                           ? QDir(ws.schemaDir()).filePath(QStringLiteral("migrations"))
                           : configMigrations;
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

namespace {
/// Where a URL comes from: a literal, or the environment variable to read.
struct UrlDeclaration {
    QString literal;
    QString literalSource; ///< for messages: "the url in schema.prisma"
    QString variable;
};

/// `key = "…"` or `key = env("X")` in schema.prisma's datasource block.
void readSchema(const QString &schemaPath, const QString &key, UrlDeclaration *declaration) {
    QFile schema(schemaPath);
    if (!schema.open(QIODevice::ReadOnly))
        return;
    const QString text = QString::fromUtf8(schema.readAll());
    static const QRegularExpression block(QStringLiteral(R"re(datasource\s+\w+\s*\{([^}]*)\})re"));
    const QRegularExpression literal(QStringLiteral(R"re(\b%1\s*=\s*"([^"]*)")re").arg(key));
    const QRegularExpression env(
        QStringLiteral(R"re(\b%1\s*=\s*env\(\s*"([^"]+)"\s*\))re").arg(key));
    const QString body = block.match(text).captured(1);
    if (const auto m = literal.match(body); m.hasMatch()) {
        declaration->literal = m.captured(1);
        const QString file = QFileInfo(schemaPath).fileName();
        declaration->literalSource = key == QLatin1String("url")
                                         ? MwbTr::tr("the url in %1").arg(file)
                                         : MwbTr::tr("the %1 in %2").arg(key, file);
    } else if (const auto e = env.match(body); e.hasMatch()) {
        declaration->variable = e.captured(1);
    }
}

/// prisma.config.ts first (it replaces the schema's datasource settings), then schema.prisma,
/// then the default variable; a variable is read from the process environment, then `.env`.
QString resolveUrl(const Workspace &ws, const QString &schemaKey, const QString &defaultVariable,
                   PrismaConfig::Value PrismaConfig::*configValue, const QString &configKey,
                   QString *source) {
    UrlDeclaration declaration;
    if (!ws.configPath.isEmpty()) {
        const PrismaConfig::Value value = PrismaConfig::read(ws.configPath).*configValue;
        if (!value.literal.isEmpty()) {
            declaration.literal = value.literal;
            declaration.literalSource =
                MwbTr::tr("the %1 in %2").arg(configKey, QFileInfo(ws.configPath).fileName());
        }
        declaration.variable = value.envVar;
    }
    if (declaration.literal.isEmpty() && declaration.variable.isEmpty())
        readSchema(ws.schemaPath, schemaKey, &declaration);
    if (!declaration.literal.isEmpty()) {
        if (source)
            *source = declaration.literalSource;
        return declaration.literal;
    }
    const QString variable =
        declaration.variable.isEmpty() ? defaultVariable : declaration.variable;
    const QString fromProcess = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (!fromProcess.isEmpty()) {
        if (source)
            *source = MwbTr::tr("the environment variable %1").arg(variable);
        return fromProcess;
    }
    const QString fromFile = DotEnv::read(ws.envPath).value(variable);
    if (!fromFile.isEmpty() && source)
        *source = MwbTr::tr("%1 in %2").arg(variable, ws.envPath);
    return fromFile;
}
} // namespace

QString Workspace::datasourceUrl(QString *source) const {
    return resolveUrl(*this, QStringLiteral("url"), QStringLiteral("DATABASE_URL"),
                      &PrismaConfig::datasourceUrl, QStringLiteral("datasource url"), source);
}

QString Workspace::shadowDatabaseUrl(QString *source) const {
    return resolveUrl(*this, QStringLiteral("shadowDatabaseUrl"),
                      QStringLiteral("SHADOW_DATABASE_URL"), &PrismaConfig::shadowDatabaseUrl,
                      QStringLiteral("shadowDatabaseUrl"), source);
}
