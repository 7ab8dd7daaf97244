// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiResult.h"
#include "core/api/VapiTypes.h"
#include "core/domain/DomainEnums.h"
#include "core/domain/PhoneNumber.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace Switchboard {

class VapiClient;

// The free link's requests for one assistant. Vapi has no inventory to ask: an area code without
// stock is refused ("This area code is currently not available. Hint: Try one of 562, 662,
// 716."), and an area code with stock creates the number at once. So the codes are tried one
// after the other, never in parallel: the one asked for, then (when the organization takes any
// US area code) the codes Vapi suggests, then no code at all ("any number"), until one gives a
// number, another refusal stops it, or MaxTries were made. Every try is kept for the record.
class FreeNumberTries : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxTries = 4;

    struct Try
    {
        QString areaCode; // empty: any US number
        bool succeeded = false;
        QString address; // what Vapi gave
        QString refusal; // Vapi's message when it gave nothing
        QStringList suggested; // the area codes the refusal hinted at
    };

    struct Outcome
    {
        std::optional<PhoneNumber> number;
        ApiError error; // the last refusal, when no number came
        QList<Try> tries;

        // "Area code 212: not available (Vapi suggested 562, 662, 716). Area code 562: +1 562…"
        QString trail() const;
    };

    using Done = std::function<void(const Outcome &)>;

    FreeNumberTries(VapiClient &vapi, VapiFreeNumberRequest request, FreeAreaCodes policy,
            QObject *parent = nullptr);

    // Calls `done` exactly once, unless this object is destroyed first.
    void start(Done done);

private:
    void ask(const QString &areaCode);
    void onAnswer(const QString &areaCode, const ApiResult<PhoneNumber> &result);
    std::optional<QString> nextAreaCode(const QStringList &suggested) const;
    void finish();

    VapiClient &m_vapi;
    VapiFreeNumberRequest m_request;
    FreeAreaCodes m_policy;
    Outcome m_outcome;
    Done m_done;
};

} // namespace Switchboard
