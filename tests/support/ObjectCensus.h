// SPDX-License-Identifier: Apache-2.0
#pragma once

// Test::ObjectCensus counts the QObjects alive in the process while it exists, so that a test can
// say "no chart is left behind" without a leak checker: it needs no sanitizer build and fails in
// the ordinary suite.
//
// It listens through the hooks Qt keeps for introspection tools such as GammaRay (qtHookData,
// exported by QtCore; the indices below are those of Qt 6's private qhooks_p.h, which Debian does
// not install). Every QObject constructed or destroyed anywhere passes through them.

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QtGlobal>

extern Q_DECL_IMPORT quintptr qtHookData[];

namespace Switchboard::Test {

class ObjectCensus
{
public:
    ObjectCensus()
    {
        Q_ASSERT_X((qtHookData[QtVersionHook] >> 16) == QT_VERSION_MAJOR, "ObjectCensus",
                "qtHookData is not laid out as in Qt 6");
        Q_ASSERT_X(!state().active, "ObjectCensus", "one census at a time");
        state().active = true;
        m_previousAdd = qtHookData[AddQObjectHook];
        m_previousRemove = qtHookData[RemoveQObjectHook];
        qtHookData[AddQObjectHook] = reinterpret_cast<quintptr>(&added);
        qtHookData[RemoveQObjectHook] = reinterpret_cast<quintptr>(&removed);
    }

    ~ObjectCensus()
    {
        qtHookData[AddQObjectHook] = m_previousAdd;
        qtHookData[RemoveQObjectHook] = m_previousRemove;
        QMutexLocker lock(&state().mutex);
        state().alive.clear();
        state().active = false;
    }

    ObjectCensus(const ObjectCensus &) = delete;
    ObjectCensus &operator=(const ObjectCensus &) = delete;

    // How many objects of type T, made since the census began, are alive now. Objects still
    // under construction or destruction are not yet (no longer) a T and are not counted.
    template<typename T>
    int alive() const
    {
        QMutexLocker lock(&state().mutex);
        int count = 0;
        for (QObject *object : std::as_const(state().alive)) {
            if (qobject_cast<T *>(object))
                ++count;
        }
        return count;
    }

    // The class names of the objects counted by alive<QObject>(), for a failure message.
    QStringList aliveClassNames() const
    {
        QMutexLocker lock(&state().mutex);
        QStringList names;
        for (QObject *object : std::as_const(state().alive))
            names << QString::fromLatin1(object->metaObject()->className());
        names.sort();
        return names;
    }

private:
    // Qt 6's QHooks::HookIndex.
    enum : int {
        QtVersionHook = 2,
        AddQObjectHook = 3,
        RemoveQObjectHook = 4
    };

    struct State
    {
        QMutex mutex;
        QSet<QObject *> alive;
        bool active = false;
    };
    static State &state()
    {
        static State s;
        return s;
    }
    static void added(QObject *object)
    {
        QMutexLocker lock(&state().mutex);
        state().alive.insert(object);
    }
    static void removed(QObject *object)
    {
        QMutexLocker lock(&state().mutex);
        state().alive.remove(object);
    }

    quintptr m_previousAdd = 0;
    quintptr m_previousRemove = 0;
};

} // namespace Switchboard::Test
