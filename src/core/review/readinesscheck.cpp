// SPDX-License-Identifier: GPL-3.0-or-later
#include "readinesscheck.h"

#include "mwbtr.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

QJsonObject ReadinessResult::toJson() const {
    return QJsonObject{{QStringLiteral("url"), url},
                       {QStringLiteral("ran"), ran},
                       {QStringLiteral("ready"), ready},
                       {QStringLiteral("httpStatus"), httpStatus},
                       {QStringLiteral("elapsedMs"), elapsedMs},
                       {QStringLiteral("message"), message}};
}

ReadinessResult ReadinessResult::fromJson(const QJsonObject &o) {
    ReadinessResult r;
    r.url = o.value(QStringLiteral("url")).toString();
    r.ran = o.value(QStringLiteral("ran")).toBool();
    r.ready = o.value(QStringLiteral("ready")).toBool();
    r.httpStatus = o.value(QStringLiteral("httpStatus")).toInt();
    r.elapsedMs = o.value(QStringLiteral("elapsedMs")).toInteger();
    r.message = o.value(QStringLiteral("message")).toString();
    return r;
}

ReadinessResult ReadinessCheck::run(const QString &url, int timeoutMs) {
    ReadinessResult r;
    // Userinfo in a URL would be a credential: keep it out of every record.
    QUrl parsed(url, QUrl::StrictMode);
    r.url = parsed.toString(QUrl::RemoveUserInfo);
    if (!parsed.isValid() ||
        (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))) {
        r.message = MwbTr::tr("Not an http(s) URL: %1").arg(r.url);
        return r;
    }
    r.ran = true;
    QNetworkAccessManager manager;
    QNetworkRequest request(parsed);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    r.elapsedMs = timer.elapsed();
    if (!reply->isFinished()) {
        reply->abort();
        r.message = MwbTr::tr("No answer within %1 ms.").arg(timeoutMs);
    } else {
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.ready = r.httpStatus == 200;
        if (r.httpStatus > 0)
            r.message = MwbTr::tr("HTTP %1 in %2 ms.").arg(r.httpStatus).arg(r.elapsedMs);
        else
            r.message = MwbTr::tr("No HTTP answer: %1").arg(reply->errorString());
    }
    delete reply;
    return r;
}
