package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory of this process: resident set (Linux {@code VmHWM}) and Java heap (sum of the
 * heap pools' peaks). Both can be reset between benchmark phases, the RSS peak through
 * {@code /proc/self/clear_refs}; where that is not allowed the RSS peak is the process's.
 */
public final class ResourceUsage {

  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  private ResourceUsage() {}

  /** Starts a new peak window; returns whether the RSS peak could be reset. */
  public static boolean resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    try {
      // "5" resets the peak RSS counter (Linux 4.0+): see proc(5).
      Files.writeString(CLEAR_REFS, "5");
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** Peak resident set size in bytes, or -1 where /proc is not there. */
  public static long peakRssBytes() {
    return statusKb("VmHWM:");
  }

  /** Current resident set size in bytes, or -1. */
  public static long rssBytes() {
    return statusKb("VmRSS:");
  }

  /** Sum of the heap pools' peak usage since the last reset, in bytes. */
  public static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static long statusKb(String key) {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith(key)) {
          String v = line.substring(key.length()).strip();
          return Long.parseLong(v.substring(0, v.indexOf(' '))) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
