// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>

namespace Switchboard {

// Free numbers being created right now, per Vapi account, so that parallel jobs of one batch
// do not all see "9 of 10" and ask for the tenth at once.
class FreeSlotLedger
{
public:
    int inFlight(qint64 vapiAccountId) const { return m_inFlight.value(vapiAccountId); }
    void acquire(qint64 vapiAccountId) { ++m_inFlight[vapiAccountId]; }
    void release(qint64 vapiAccountId)
    {
        if (--m_inFlight[vapiAccountId] <= 0)
            m_inFlight.remove(vapiAccountId);
    }

private:
    QHash<qint64, int> m_inFlight;
};

} // namespace Switchboard
