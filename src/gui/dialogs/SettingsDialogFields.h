// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gui/dialogs/SettingsDialog.h"

#include <QString>

// The Settings dialog's fields by name, for its problems ("Twilio account SID: …"); shared by
// its source files, not part of its interface.
namespace Switchboard::SettingsFields {

enum class Field {
    AreaCode,
    TwilioPrice,
    PurchaseLimit,
    VapiKey,
    TwilioSid,
    ApiKeySid,
    AuthToken,
    ApiKeySecret,
    Pool,
    DatabaseFile,
    DatabaseUrl,
};

inline QString fieldName(Field field)
{
    switch (field) {
    case Field::AreaCode:
        return SettingsDialog::tr("Default area code");
    case Field::TwilioPrice:
        return SettingsDialog::tr("Twilio price per number");
    case Field::PurchaseLimit:
        return SettingsDialog::tr("Monthly purchase limit");
    case Field::VapiKey:
        return SettingsDialog::tr("Vapi private key");
    case Field::TwilioSid:
        return SettingsDialog::tr("Twilio account SID");
    case Field::ApiKeySid:
        return SettingsDialog::tr("Twilio API key SID");
    case Field::AuthToken:
        return SettingsDialog::tr("Twilio auth token");
    case Field::ApiKeySecret:
        return SettingsDialog::tr("Twilio API key secret");
    case Field::Pool:
        return SettingsDialog::tr("Number pool");
    case Field::DatabaseFile:
        return SettingsDialog::tr("Workspace file");
    case Field::DatabaseUrl:
        return SettingsDialog::tr("PostgreSQL URL");
    }
    return {};
}

} // namespace Switchboard::SettingsFields
