// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Switchboard {

struct Organization;
struct WorkspaceSnapshot;

// Where an organization's new assistants get numbers once its free Vapi numbers are used up:
// the chain's Twilio links (its own account, then the workspace's) as the workspace holds them
// now. The meter and the organization list say it, so that nobody is told to set up a Twilio
// that already serves, nor that Twilio serves when its pool is empty and buying is off.
struct TwilioFallback
{
    struct Link
    {
        Strategy strategy = Strategy::OrganizationTwilio; // or WorkspaceTwilio
        int spareNumbers = 0; // pool numbers not yet in Vapi, and not set aside
        bool purchases = false; // buying allowed (within its monthly limit)

        bool canServe() const { return spareNumbers > 0 || purchases; }
    };

    QList<Link> links; // the links with a Twilio account, in the chain's order

    // `organizationId` 0: the workspace's own link only (the "All organizations" row).
    static TwilioFallback of(
            const WorkspaceSnapshot &workspace, qint64 organizationId, const QDateTime &now);
    // The same for many organizations at once: `spare` is spareNumbers(), counted once per
    // snapshot; `organization` null for the workspace's link only.
    static TwilioFallback of(const WorkspaceSnapshot &workspace, const Organization *organization,
            const QHash<qint64, int> &spare);
    // Spare pool numbers by Twilio account id, as the chain counts them
    // (NumberPoolStore::availableCount): available, and not set aside after Twilio said they
    // cannot be used.
    static QHash<qint64, int> spareNumbers(
            const WorkspaceSnapshot &workspace, const QDateTime &now);

    bool isSetUp() const { return !links.isEmpty(); }
    bool canServe() const;
    // The first link that can give a number, in plain words: "the organization's Twilio account
    // (3 spare numbers in its pool)". Empty when none can.
    QString servingText() const;
    // The links that are set up but cannot give a number: "the workspace's Twilio account".
    QString emptyText() const;
};

} // namespace Switchboard
