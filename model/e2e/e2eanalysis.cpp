#include "e2e/e2eanalysis.h"

#include <QCoreApplication>

namespace amtsweg::e2e {

Analysis analyse(const ModelTree &)
{
    return {}; // being written
}

QString label(MediaBreak::Kind kind)
{
    switch (kind) {
    case MediaBreak::Kind::ReTyped:
        return QCoreApplication::translate("amtsweg::e2e", "Typed in again");
    case MediaBreak::Kind::Printed:
        return QCoreApplication::translate("amtsweg::e2e", "Handled on paper");
    case MediaBreak::Kind::Downgraded:
        return QCoreApplication::translate("amtsweg::e2e", "Passed on unstructured");
    case MediaBreak::Kind::ManualTransfer:
        return QCoreApplication::translate("amtsweg::e2e", "Carried between systems by hand");
    }
    return {};
}

} // namespace amtsweg::e2e
