package io.github.jishi.hardening;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * What a committed index holds, read with Lucene directly: search merges events reported by
 * several pages, so duplicates written by a faulty re-run would not show through it.
 */
final class IndexContents {
  /** The stored field every event document, and only an event document, carries. */
  private static final String ID = "id";

  private IndexContents() {}

  /** The id of every live event document of the last commit, duplicates kept. */
  static List<String> rawEventIds(Path indexDir) throws IOException {
    List<String> ids = new ArrayList<>();
    try (Directory d = FSDirectory.open(indexDir); DirectoryReader r = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : r.leaves()) {
        LeafReader reader = leaf.reader();
        Bits live = reader.getLiveDocs();
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          String id = stored.document(doc, java.util.Set.of(ID)).get(ID);
          if (id != null) {
            ids.add(id);
          }
        }
      }
    }
    return ids;
  }
}
