#pragma once
// Paths the tests use, set by tests/CMakeLists.txt. Tests that need the shared material call
// requireShared() first: it QSKIPs (reported as skipped, not passed) when ../shared is absent.

#include <QDir>
#include <QString>
#include <QtTest/QTest>

namespace amtsweg::test {

inline QString sharedDir() { return QStringLiteral(AMTSWEG_SHARED_DIR); }
inline QString testDataDir() { return QStringLiteral(AMTSWEG_TEST_DATA); }
inline QString samplesDir() { return QStringLiteral(AMTSWEG_SAMPLES_DIR); }
/// The Wohngeld model as samples/ held it before the samples became FIM models (tasks, lanes,
/// a citizen pool with steps): the fixture of the tests that name its elements.
inline QString wohngeldFixture()
{
    return QStringLiteral(AMTSWEG_TEST_DATA "/wohngeld/wohngeld-antrag.bpmn");
}
inline QString amtswegBinary() { return QStringLiteral(AMTSWEG_BINARY); }
inline QString buildDir() { return QStringLiteral(AMTSWEG_BUILD_DIR); }
inline bool haveShared() { return QDir(sharedDir() + QStringLiteral("/testdata/miwg")).exists(); }

} // namespace amtsweg::test

#define AMTSWEG_REQUIRE_SHARED()                                                              \
    do {                                                                                      \
        if (!amtsweg::test::haveShared())                                                     \
            QSKIP("shared test material not found at AMTSWEG_SHARED_DIR");                    \
    } while (0)
