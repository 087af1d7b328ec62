package io.github.jishi.internal.index;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A disk that fills up, for tests: while open, every index writer of this JVM writes through a
 * directory that fails with {@code IOException("No space left on device")}, as a full disk does,
 * once {@code bytes} more bytes are written. Close it to write normally again.
 */
public final class FullDisk implements AutoCloseable {
  private final AtomicLong room;

  private FullDisk(long bytes) {
    this.room = new AtomicLong(bytes);
    TimelineWriter.wrapDirectory = d -> new Full(d, room);
  }

  /** Writers opened from now on have room for {@code bytes} more bytes. */
  public static FullDisk after(long bytes) {
    return new FullDisk(bytes);
  }

  @Override
  public void close() {
    TimelineWriter.wrapDirectory = d -> d;
  }

  private static final class Full extends FilterDirectory {
    private final AtomicLong room;

    Full(Directory in, AtomicLong room) {
      super(in);
      this.room = room;
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      return new Output(in.createOutput(name, context), room);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
      return new Output(in.createTempOutput(prefix, suffix, context), room);
    }
  }

  private static final class Output extends IndexOutput {
    private final IndexOutput in;
    private final AtomicLong room;

    Output(IndexOutput in, AtomicLong room) {
      super("full disk (" + in + ")", in.getName());
      this.in = in;
      this.room = room;
    }

    private void use(long n) throws IOException {
      if (room.addAndGet(-n) < 0) {
        throw new IOException("No space left on device");
      }
    }

    @Override
    public void writeByte(byte b) throws IOException {
      use(1);
      in.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      use(length);
      in.writeBytes(b, offset, length);
    }

    @Override
    public long getFilePointer() {
      return in.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return in.getChecksum();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
