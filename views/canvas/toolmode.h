#pragma once
// What a press on the canvas does: select and move (the default), connect two elements, or
// create an element of a CreateKind (palette entries).

#include <cstdint>

namespace amtsweg {

enum class ToolMode : std::uint8_t {
    Select,  ///< select, rubber band, move, resize, bendpoints
    Hand,    ///< drag pans the view
    Connect, ///< press on a source, release on a target
    Create,  ///< click or drag places a new element of the tool's CreateKind
};

enum class CreateKind : std::uint8_t {
    Task,
    StartEvent,
    IntermediateEvent,
    EndEvent,
    Gateway,
    SubProcess,
    DataObject,
    DataStore,
    TextAnnotation,
    Pool,
    VerticalPool,
    Lane,
};

} // namespace amtsweg
