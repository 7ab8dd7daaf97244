// SPDX-License-Identifier: Apache-2.0
// World files, which are also the sandbox's --state files (docs/SANDBOX.md): WorldFile::load
// on the bytes as a file. A world it accepts must make a live SandboxState, and what it writes
// back must read again to the same JSON (a state file survives a restart unchanged).
// Input: the file's bytes.
#include "FuzzSupport.h"

#include "sandbox/world/SandboxState.h"
#include "sandbox/world/WorldFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Switchboard;
using namespace Switchboard::Sandbox;

namespace {
QTemporaryDir *dir = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initialize();
    dir = new QTemporaryDir;
    FUZZ_CHECK(dir->isValid());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = dir->filePath(QStringLiteral("world.json"));
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        FUZZ_CHECK(file.write(Fuzz::bytes(data, size)) == qint64(size));
    }
    QString error;
    const std::optional<World> world = WorldFile::load(path, &error);
    if (!world) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    SandboxState state(*world);
    (void)state.inventory();

    const QJsonObject written = WorldFile::toJson(*world);
    const std::optional<World> again = WorldFile::fromJson(written, &error);
    if (!again)
        std::fprintf(stderr, "a written world does not read back: %s\n", qPrintable(error));
    FUZZ_CHECK(again);
    const QJsonObject rewritten = WorldFile::toJson(*again);
    if (rewritten != written) {
        std::fprintf(stderr, "written:\n%s\nrewritten:\n%s\n",
                QJsonDocument(written).toJson().constData(),
                QJsonDocument(rewritten).toJson().constData());
    }
    FUZZ_CHECK(rewritten == written);
    return 0;
}
