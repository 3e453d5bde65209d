package org.newsgraph.resolve.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Turns the pipeline's records (articles, facts, corpus nodes) into bytes and back, so they can
 * be spilled to disk by a build too large for the heap, or cross Spark's shuffles. The records are plain Java records with immutable lists, which
 * neither Java serialisation nor Kryo handles; JSON through their canonical constructors does,
 * and the constructors' own checks run again on the way in.
 */
public final class Codec {
  private Codec() {}

  private static final ObjectMapper JSON = mapper();

  private static ObjectMapper mapper() {
    SimpleModule dates = new SimpleModule("newsgraph-dates");
    dates.addSerializer(LocalDate.class, new JsonSerializer<>() {
      @Override
      public void serialize(LocalDate d, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeString(d.toString());
      }
    });
    dates.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
      @Override
      public LocalDate deserialize(JsonParser p, DeserializationContext c) throws IOException {
        return LocalDate.parse(p.getValueAsString());
      }
    });
    return JsonMapper.builder()
        .addModule(dates)
        // Derived values (an isX() helper) may be written but are not read back.
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  /** The JSON bytes of a record. */
  public static byte[] encode(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  /** The record back from {@link #encode}. */
  public static <T> T decode(byte[] bytes, Class<T> type) {
    try {
      return JSON.readValue(bytes, type);
    } catch (IOException e) {
      throw new IllegalStateException("cannot decode " + type.getSimpleName(), e);
    }
  }
}
