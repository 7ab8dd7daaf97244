// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

namespace Switchboard {

// One call to an API as the caller sees it: it can be cancelled, and it finishes exactly once
// (its callback gets a value or an ApiError), through one finish path, also when the caller's
// context object is destroyed first (then the callback is simply not run). Retries, backoff and
// reconciliation happen inside; the object deletes itself after finishing.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void cancel() = 0; // finishes with ApiError::Category::Cancelled unless already done
    virtual bool isFinished() const = 0;

Q_SIGNALS:
    void finished(); // emitted once, after the callback ran
};

using ApiCallHandle = QPointer<ApiCall>;

} // namespace Switchboard
