package org.newsgraph.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.jena.atlas.data.SerializationFactory;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.atlas.data.ThresholdPolicy;
import org.apache.jena.atlas.lib.Sink;
import org.newsgraph.resolve.stream.GroupBy;

/**
 * A group-by that sorts on disk: Jena's {@link SortedDataBag} (the bag ARQ spills a large ORDER
 * BY to) keeps up to {@link #SPILL_BYTES} of rows on the heap, writes them out as a sorted run
 * when full, and merges the runs when read. Spill files go to {@code java.io.tmpdir}.
 */
final class DiskGroupBy implements GroupBy {

  /** Rows held on the heap before a sorted run goes to disk. */
  static final long SPILL_BYTES = Long.getLong("newsgraph.spillBytes", 32L << 20);

  private final SortedDataBag<Row> bag;
  private boolean closed;

  DiskGroupBy() {
    this(SPILL_BYTES);
  }

  /** A group-by that writes a sorted run each time {@code spillBytes} of rows are held. */
  DiskGroupBy(long spillBytes) {
    bag = new SortedDataBag<>(new Bytes(spillBytes), new Rows(), ORDER);
  }

  @Override
  public void add(Row row) {
    bag.add(row);
  }

  @Override
  public void forEachGroup(Consumer<List<Row>> group) {
    Iterator<Row> it = bag.iterator();
    GroupBy.groups(it, group);
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      bag.close();
    }
  }

  /** Spills when the rows held reach a number of bytes (roughly: strings count twice). */
  private static final class Bytes implements ThresholdPolicy<Row> {
    private final long limit;
    private long held;

    Bytes(long limit) {
      this.limit = limit;
    }

    @Override
    public void increment(Row r) {
      held += 96 + 2L * (r.key().length() + r.article().length()) + r.value().length;
    }

    @Override
    public boolean isThresholdExceeded() {
      return held >= limit;
    }

    @Override
    public void reset() {
      held = 0;
    }
  }

  /** Rows as length-prefixed fields. */
  private static final class Rows implements SerializationFactory<Row> {
    @Override
    public Sink<Row> createSerializer(OutputStream out) {
      DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
      return new Sink<>() {
        @Override
        public void send(Row r) {
          try {
            bytes(d, r.key().getBytes(StandardCharsets.UTF_8));
            bytes(d, r.article().getBytes(StandardCharsets.UTF_8));
            d.writeInt(r.position());
            bytes(d, r.value());
          } catch (IOException e) {
            throw new UncheckedIOException("cannot spill rows (is the temporary directory full?)", e);
          }
        }

        @Override
        public void flush() {
          try {
            d.flush();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void close() {
          try {
            d.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
    }

    private static void bytes(DataOutputStream d, byte[] b) throws IOException {
      d.writeInt(b.length);
      d.write(b);
    }

    @Override
    public Iterator<Row> createDeserializer(InputStream in) {
      DataInputStream d = new DataInputStream(new BufferedInputStream(in, 1 << 16));
      return new Iterator<>() {
        private Row next = read();

        private Row read() {
          try {
            int n;
            try {
              n = d.readInt();
            } catch (EOFException end) {
              d.close();
              return null;
            }
            byte[] k = new byte[n];
            d.readFully(k);
            String key = new String(k, StandardCharsets.UTF_8);
            String article = new String(bytes(d), StandardCharsets.UTF_8);
            int position = d.readInt();
            return new Row(key, article, position, bytes(d));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read spilled rows", e);
          }
        }

        private byte[] bytes(DataInputStream d) throws IOException {
          byte[] b = new byte[d.readInt()];
          d.readFully(b);
          return b;
        }

        @Override
        public boolean hasNext() {
          return next != null;
        }

        @Override
        public Row next() {
          if (next == null) {
            throw new NoSuchElementException();
          }
          Row r = next;
          next = read();
          return r;
        }
      };
    }
  }
}
