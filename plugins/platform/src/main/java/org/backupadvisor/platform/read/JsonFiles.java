package org.backupadvisor.platform.read;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.Node;
import org.backupadvisor.core.input.TextLines;
import org.backupadvisor.core.input.Trees;

/** JSON exports as trees, whatever their encoding, and as a list of objects whether one or many were exported. */
final class JsonFiles {
    private JsonFiles() {
    }

    /**
     * The tree of a JSON export. Windows PowerShell 5.1 writes "> file" and Out-File as UTF-16 LE, so the text is
     * decoded first and handed to the JSON reader as UTF-8; line breaks are kept, so lines still match the file.
     */
    static Node tree(InputFile f) {
        return Trees.json(new InputFile(f.name(), TextLines.text(f).getBytes(StandardCharsets.UTF_8)));
    }

    /** Top-level array items, or the root itself when one object was exported (ConvertTo-Json of a single item). */
    static List<Node> objects(Node root) {
        List<Node> items = root.all("item");
        if (!items.isEmpty() && items.size() == root.children().size()) {
            return items;
        }
        return root.children().isEmpty() ? List.of() : List.of(root);
    }
}
