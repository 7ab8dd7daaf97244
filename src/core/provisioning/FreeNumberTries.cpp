// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/FreeNumberTries.h"

#include "core/api/ApiErrors.h"
#include "core/api/VapiClient.h"

namespace Switchboard {

FreeNumberTries::FreeNumberTries(
        VapiClient &vapi, VapiFreeNumberRequest request, FreeAreaCodes policy, QObject *parent)
    : QObject(parent)
    , m_vapi(vapi)
    , m_request(std::move(request))
    , m_policy(policy)
{ }

void FreeNumberTries::start(Done done)
{
    m_done = std::move(done);
    ask(m_request.areaCode);
}

void FreeNumberTries::ask(const QString &areaCode)
{
    VapiFreeNumberRequest request = m_request;
    request.areaCode = areaCode;
    // The same tag for every try: a refused try created nothing, so the tag still names at most
    // one number, the one a lost answer may have made.
    m_vapi.createFreeNumber(request, this,
            [this, areaCode](const ApiResult<PhoneNumber> &result) { onAnswer(areaCode, result); });
}

void FreeNumberTries::onAnswer(const QString &areaCode, const ApiResult<PhoneNumber> &result)
{
    Try attempt;
    attempt.areaCode = areaCode;
    if (result) {
        attempt.succeeded = true;
        attempt.address = result.value().address.displayText();
        m_outcome.tries << attempt;
        m_outcome.number = result.value();
        finish();
        return;
    }
    const ApiError &error = result.error();
    attempt.refusal = error.providerMessage.isEmpty() ? error.hint : error.providerMessage;
    if (error.category == ApiError::Category::AreaCodeUnavailable)
        attempt.suggested = ApiErrors::hintedAreaCodes(error.providerMessage);
    m_outcome.tries << attempt;
    m_outcome.error = error;
    // Only "no stock here" is worth another code; anything else (the cap, a payment method, an
    // unknown outcome) would be the same, or worse, for every code.
    const bool sip = !m_request.sipUri.isEmpty();
    if (sip || error.category != ApiError::Category::AreaCodeUnavailable
            || m_policy != FreeAreaCodes::Any || m_outcome.tries.size() >= MaxTries) {
        finish();
        return;
    }
    if (const auto next = nextAreaCode(attempt.suggested)) {
        ask(*next);
        return;
    }
    finish();
}

std::optional<QString> FreeNumberTries::nextAreaCode(const QStringList &suggested) const
{
    const auto tried = [this](const QString &code) {
        return std::any_of(m_outcome.tries.cbegin(), m_outcome.tries.cend(),
                [&code](const Try &t) { return t.areaCode == code; });
    };
    for (const QString &code : suggested) {
        if (!tried(code))
            return code;
    }
    // Vapi named nothing new: ask for any number, once.
    if (!tried(QString()))
        return QString();
    return std::nullopt;
}

void FreeNumberTries::finish()
{
    if (!m_done)
        return;
    const Done done = std::exchange(m_done, nullptr);
    done(m_outcome);
}

QString FreeNumberTries::Outcome::trail() const
{
    QStringList parts;
    for (const Try &t : tries) {
        const QString code = t.areaCode.isEmpty()
                ? FreeNumberTries::tr("Any area code")
                : FreeNumberTries::tr("Area code %1").arg(t.areaCode);
        if (t.succeeded)
            parts << FreeNumberTries::tr("%1: %2.").arg(code, t.address);
        else if (!t.suggested.isEmpty())
            parts << FreeNumberTries::tr("%1: not available (Vapi suggested %2).")
                             .arg(code, t.suggested.join(QStringLiteral(", ")));
        else
            parts << FreeNumberTries::tr("%1: %2").arg(code, t.refusal);
    }
    return parts.join(u' ');
}

} // namespace Switchboard
