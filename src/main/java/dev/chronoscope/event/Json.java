package dev.chronoscope.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration used across Chronoscope. */
public final class Json {

    /**
     * Shared, thread-safe mapper. Payloads of several megabytes and long strings are legal in
     * event logs, so Jackson's default read limits are lifted.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder(
                    JsonFactory.builder()
                            .streamReadConstraints(StreamReadConstraints.builder()
                                    .maxStringLength(Integer.MAX_VALUE)
                                    .maxNestingDepth(10_000)
                                    .maxNumberLength(10_000)
                                    .build())
                            .build())
            .build();

    private Json() {}
}
