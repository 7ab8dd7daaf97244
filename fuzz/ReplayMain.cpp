// SPDX-License-Identifier: Apache-2.0
// A fuzz target without libFuzzer: runs its LLVMFuzzerTestOneInput once over each file given,
// or each file in a folder given. The ordinary (GCC) build compiles every target this way, so
// that a change to an interface a target uses breaks the build everyone runs, not only the
// sanitizer build; and the test suite replays the seed corpus and the kept crashing inputs.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
// Defined by the targets that set something up once; absent (null) in the others.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QFileInfo given(QString::fromLocal8Bit(argv[i]));
        QStringList files;
        if (given.isDir()) {
            const QFileInfoList entries
                    = QDir(given.filePath()).entryInfoList(QDir::Files, QDir::Name);
            for (const QFileInfo &entry : entries)
                files << entry.filePath();
        } else {
            files << given.filePath();
        }
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 2;
            }
            const QByteArray data = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.constData()),
                    std::size_t(data.size()));
            ++replayed;
        }
    }
    std::printf("%d inputs replayed\n", replayed);
    return replayed > 0 ? 0 : 1;
}
