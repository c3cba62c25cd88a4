// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/diffrequest.h"

#include <QPointer>
#include <QToolButton>

class DiffJob;

/// The drift state of the connected database, checked in the background after each history
/// load: the applied migrations replayed on a shadow database vs. the live schema. Shows
/// "Checking drift…", "No drift", "Drift: 3 changes" (warning colour) or "Drift check failed";
/// clicking it asks to open the comparison.
class DriftIndicator : public QToolButton {
    Q_OBJECT
public:
    enum class State { Idle, Checking, NoDrift, Drift, Failed };

    explicit DriftIndicator(QWidget *parent = nullptr);
    ~DriftIndicator() override;

    /// Starts a check (a running one is cancelled and its result dropped).
    void check(const DiffRequest &request);
    /// Cancels, hides and forgets the request (and its password).
    void clear();

    State state() const { return m_state; }
    int changeCount() const { return m_changes; }
    const DiffRequest &request() const { return m_request; }
    const DiffOutcome &outcome() const { return m_outcome; }
    bool hasOutcome() const {
        return m_state == State::NoDrift || m_state == State::Drift || m_state == State::Failed;
    }

Q_SIGNALS:
    void stateChanged(DriftIndicator::State state);
    /// The user wants to see the comparison behind the indicator.
    void openRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onFinished(const DiffOutcome &outcome);
    void setState(State state, const QString &text, const QString &toolTip = {});
    void applyColors();

    State m_state = State::Idle;
    int m_changes = 0;
    DiffRequest m_request; ///< with password while the check may be reopened; wiped by clear()
    DiffOutcome m_outcome;
    QPointer<DiffJob> m_job;
};
