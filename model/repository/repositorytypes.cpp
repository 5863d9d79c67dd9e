#include "repositorytypes.h"

namespace amtsweg {

QString fimStatusName(FimStatus status)
{
    switch (status) {
    case FimStatus::Stammprozess:
        return QStringLiteral("Stammprozess");
    case FimStatus::Referenzprozess:
        return QStringLiteral("Referenzprozess");
    case FimStatus::Lokalprozess:
        return QStringLiteral("Lokalprozess");
    case FimStatus::None:
        break;
    }
    return {};
}

std::optional<FimStatus> parseFimStatus(const QString &name)
{
    for (FimStatus s : {FimStatus::None, FimStatus::Stammprozess, FimStatus::Referenzprozess,
                        FimStatus::Lokalprozess})
        if (name.compare(fimStatusName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

} // namespace amtsweg
