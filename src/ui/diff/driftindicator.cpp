// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftindicator.h"

#include "diffcontext.h"
#include "diffsummarytree.h"
#include "schema/diffjob.h"

#include <QEvent>
#include <QStyle>

DriftIndicator::DriftIndicator(QWidget *parent)
    : QToolButton(parent) {
    setObjectName(QStringLiteral("driftIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setCursor(Qt::PointingHandCursor);
    connect(this, &QToolButton::clicked, this, &DriftIndicator::openRequested);
    hide();
}

DriftIndicator::~DriftIndicator() {
    if (m_job)
        m_job->cancel();
    DiffContext::wipe(m_request);
}

void DriftIndicator::check(const DiffRequest &request) {
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    DiffContext::wipe(m_request);
    m_request = request;
    m_request.verify = false;
    m_outcome = DiffOutcome{};
    m_changes = 0;
    auto *job = new DiffJob(m_request, this);
    m_job = job;
    connect(job, &DiffJob::finished, job, &QObject::deleteLater);
    connect(job, &DiffJob::finished, this, &DriftIndicator::onFinished);
    setState(State::Checking, tr("Checking drift…"),
             tr("Replaying the applied migrations on a shadow database to compare them with the "
                "live schema"));
    job->start();
}

void DriftIndicator::clear() {
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
    }
    DiffContext::wipe(m_request);
    m_request = DiffRequest{};
    m_outcome = DiffOutcome{};
    m_changes = 0;
    setState(State::Idle, QString());
}

void DriftIndicator::onFinished(const DiffOutcome &outcome) {
    if (sender() != m_job)
        return;
    m_job = nullptr;
    m_outcome = outcome;
    if (!outcome.ok()) {
        QString reason = outcome.error.message;
        if (!outcome.failedMigration.isEmpty() && !reason.contains(outcome.failedMigration))
            reason = tr("migration %1 does not replay: %2").arg(outcome.failedMigration, reason);
        const QString code = outcome.error.nativeCode;
        if (!code.isEmpty() && !reason.contains(code))
            reason = code + QStringLiteral(": ") + reason;
        // Short on the button (the history bar is narrow); everything in the tooltip and in the
        // window a click opens.
        QString brief = code;
        if (brief.isEmpty()) {
            brief = reason.section(QLatin1Char('\n'), 0, 0);
            if (brief.size() > 40)
                brief = brief.left(39) + QStringLiteral("…");
        }
        setState(State::Failed, tr("Drift check failed: %1").arg(brief),
                 tr("The drift check failed:\n%1\n\nClick to open the comparison.").arg(reason));
        return;
    }
    m_changes = DiffSummaryTree::changeCount(outcome.diff);
    if (outcome.diff.isEmpty()) {
        setState(State::NoDrift, tr("No drift"),
                 tr("The live schema is exactly what the applied migrations produce.\n"
                    "Click to open the comparison."));
    } else {
        setState(State::Drift, tr("Drift: %n change(s)", nullptr, m_changes),
                 tr("The live schema differs from what the applied migrations produce:\n\n%1\n"
                    "Click to see the differences and a script.")
                     .arg(outcome.summary.trimmed()));
    }
}

void DriftIndicator::setState(State state, const QString &text, const QString &toolTip) {
    m_state = state;
    setText(text);
    setToolTip(toolTip);
    setVisible(state != State::Idle);
    applyColors();
    Q_EMIT stateChanged(state);
}

void DriftIndicator::applyColors() {
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QString color;
    QStyle::StandardPixmap icon = QStyle::SP_BrowserReload;
    switch (m_state) {
    case State::Idle:
    case State::Checking:
        break;
    case State::NoDrift:
        color = dark ? QStringLiteral("#81c784") : QStringLiteral("#2e7d32");
        icon = QStyle::SP_DialogApplyButton;
        break;
    case State::Drift:
        color = dark ? QStringLiteral("#ffb74d") : QStringLiteral("#a35a00");
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case State::Failed:
        color = dark ? QStringLiteral("#ef9a9a") : QStringLiteral("#c62828");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    setIcon(style()->standardIcon(icon));
    setStyleSheet(color.isEmpty()
                      ? QString()
                      : QStringLiteral("QToolButton { color: %1; font-weight: bold; }").arg(color));
}

void DriftIndicator::changeEvent(QEvent *event) {
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
}
