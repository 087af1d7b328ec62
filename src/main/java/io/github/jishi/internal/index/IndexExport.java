package io.github.jishi.internal.index;

import io.github.jishi.JishiException;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.PageRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Everything a local index holds, unmerged, as another store needs it: every report of every
 * event (after the index's second pass dated what it could) and every page.
 *
 * <pre>{@code
 * IndexExport.Contents all = IndexExport.read(Path.of("index"));
 * }</pre>
 */
public final class IndexExport {
  private IndexExport() {}

  /** One report of an event as the index holds it, with the file it was read from. */
  public record IndexedEvent(PolicyEvent event, String file) {
    public IndexedEvent {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(file, "file");
    }
  }

  /** The events and pages of an index. */
  public record Contents(List<IndexedEvent> events, List<PageRecord> pages) {
    public Contents {
      events = List.copyOf(events);
      pages = List.copyOf(pages);
    }
  }

  /** Reads the last commit of the index in {@code dir}. */
  public static Contents read(Path dir) {
    Objects.requireNonNull(dir, "dir");
    try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      IndexSearcher s = new IndexSearcher(r);
      List<IndexedEvent> events = new ArrayList<>();
      for (ScoreDoc sd : s.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_EVENT)), Math.max(1, r.maxDoc())).scoreDocs) {
        Document doc = s.storedFields().document(sd.doc);
        events.add(new IndexedEvent(EventDocuments.toEvent(doc), doc.get(Fields.FILE)));
      }
      List<PageRecord> pages = new ArrayList<>();
      for (ScoreDoc sd : s.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_PAGE)), Math.max(1, r.maxDoc())).scoreDocs) {
        pages.add(EventDocuments.toPage(s.storedFields().document(sd.doc)));
      }
      return new Contents(events, pages);
    } catch (IOException e) {
      throw new JishiException("cannot read index " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The key under which possible reports of one event are gathered (as the local index keys them). */
  public static String mergeKey(PolicyEvent e) {
    return EventDocuments.mergeKey(e);
  }

  /** The GB/T 2260 codes a place stands for in filters: itself, its prefecture, its province. */
  public static Set<String> placeCodes(String code) {
    return EventDocuments.ancestorCodes(code);
  }
}
