package dev.headroom.cli;

import dev.headroom.io.ModelReader;
import dev.headroom.model.Model;
import dev.headroom.model.ModelException;
import dev.headroom.network.Network;
import dev.headroom.network.NetworkCompiler;
import java.nio.file.Path;

/** Loads and compiles a model file, turning every problem into an {@link InputException}. */
record Models(Path file, Model model, Network network) {

    static Models load(Path file) {
        ModelReader.Result r = ModelReader.read(file);
        if (!r.ok()) {
            throw InputException.of(file, r.problems());
        }
        try {
            return new Models(file, r.model(), NetworkCompiler.compile(r.model()));
        } catch (ModelException e) {
            throw InputException.of(file, e.problems());
        }
    }
}
