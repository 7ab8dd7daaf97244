// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"

#include <QString>
#include <QUrl>

namespace Switchboard {

// How full a Vapi account's free-number allowance is. Counted from the account's numbers with
// provider "vapi"; the cap is a setting per account (Vapi has changed it: 10, then 5).
class FreeNumberUsage
{
public:
    enum class Level {
        Ok, // below 80 %
        Warning, // from 80 %: time to prepare Twilio
        Full, // at or past the cap: the next number comes from Twilio
    };

    static constexpr int WarningPercent = 80;

    FreeNumberUsage() = default;
    FreeNumberUsage(int used, int cap);

    int used() const { return m_used; }
    int cap() const { return m_cap; }
    int remaining() const; // never negative
    int percent() const; // may pass 100 when a cap was lowered under what is held
    Level level() const;

    // "8 of 10 free numbers used (80%), 2 left"
    QString summary() const;
    // What to do now, in plain words; empty while the level is Ok. At the cap it congratulates
    // the account manager on the milestone and names the next step.
    QString advice() const;

    // Where the next steps happen.
    static QUrl vapiDashboardUrl(Region region);
    static QUrl twilioConsoleUrl();

private:
    int m_used = 0;
    int m_cap = 0;
};

QString toString(FreeNumberUsage::Level level);

} // namespace Switchboard
