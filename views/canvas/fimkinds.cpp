#include "fimkinds.h"

#include "elementcreator.h"
#include "fim/fimprofile.h"

namespace amtsweg {

bool isFimKind(CreateKind kind)
{
    switch (kind) {
    case CreateKind::VerticalPool:
        return true;
    case CreateKind::Pool:
    case CreateKind::Lane:
        return false;
    default:
        break;
    }
    const std::string_view local = ElementCreator::localName(kind);
    for (const fim::ProfileSymbol &symbol : fim::profileSymbols())
        if (symbol.localName == local)
            return true;
    return false;
}

} // namespace amtsweg
