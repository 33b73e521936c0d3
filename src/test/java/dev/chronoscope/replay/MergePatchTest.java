package dev.chronoscope.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Json;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MergePatchTest {

    static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** RFC 7386 Appendix A, all fifteen rows: original | patch | result. */
    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "{\"a\":\"b\"}                  | {\"a\":\"c\"}                    | {\"a\":\"c\"}",
        "{\"a\":\"b\"}                  | {\"b\":\"c\"}                    | {\"a\":\"b\",\"b\":\"c\"}",
        "{\"a\":\"b\"}                  | {\"a\":null}                     | {}",
        "{\"a\":\"b\",\"b\":\"c\"}      | {\"a\":null}                     | {\"b\":\"c\"}",
        "{\"a\":[\"b\"]}                | {\"a\":\"c\"}                    | {\"a\":\"c\"}",
        "{\"a\":\"c\"}                  | {\"a\":[\"b\"]}                  | {\"a\":[\"b\"]}",
        "{\"a\":{\"b\":\"c\"}}          | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\":{\"b\":\"d\"}}",
        "{\"a\":[{\"b\":\"c\"}]}        | {\"a\":[1]}                      | {\"a\":[1]}",
        "[\"a\",\"b\"]                  | [\"c\",\"d\"]                    | [\"c\",\"d\"]",
        "{\"a\":\"b\"}                  | [\"c\"]                          | [\"c\"]",
        "{\"a\":\"foo\"}                | null                             | null",
        "{\"a\":\"foo\"}                | \"bar\"                          | \"bar\"",
        "{\"e\":null}                   | {\"a\":1}                        | {\"e\":null,\"a\":1}",
        "[1,2]                          | {\"a\":\"b\",\"c\":null}         | {\"a\":\"b\"}",
        "{}                             | {\"a\":{\"bb\":{\"ccc\":null}}}  | {\"a\":{\"bb\":{}}}",
    })
    void appliesEveryExampleOfRfc7386AppendixA(String original, String patch, String result) {
        JsonNode target = json(original);
        JsonNode p = json(patch);
        assertEquals(json(result), MergePatch.apply(target, p));
        assertEquals(json(original), target, "target unchanged");
        assertEquals(json(patch), p, "patch unchanged");
    }

    @Test
    void keepsThePlaceOfReplacedMembersAndAppendsNewOnes() {
        JsonNode result = MergePatch.apply(json("{\"a\":1,\"b\":2,\"c\":3}"), json("{\"d\":4,\"a\":5,\"b\":null}"));
        assertEquals(List.of("a", "c", "d"), RandomLogs.names(result));
    }

    @Test
    void sharesUntouchedSubtreesOfTheTarget() {
        JsonNode target = json("{\"big\":{\"x\":[1,2,3]},\"n\":1}");
        JsonNode result = MergePatch.apply(target, json("{\"n\":2}"));
        assertSame(target.get("big"), result.get("big"));
    }

    @Test
    void sharesPatchValuesThatHaveNoNullMembers() {
        JsonNode patch = json("{\"o\":{\"x\":{\"y\":1}}}");
        JsonNode result = MergePatch.apply(json("{}"), patch);
        assertSame(patch.get("o"), result.get("o"));
    }

    @Test
    void returnsTheTargetItselfWhenThePatchChangesNothing() {
        JsonNode target = json("{\"a\":{\"b\":1},\"c\":\"x\"}");
        assertSame(target, MergePatch.apply(target, json("{\"a\":{\"b\":1,\"z\":null},\"c\":\"x\"}")));
    }

    @Test
    void equalsTheRfcPseudoCodeAndNeverMutatesItsInputs() {
        for (long seed = 0; seed < 2000; seed++) {
            Random random = new Random(seed);
            JsonNode target = RandomLogs.patch(random);
            JsonNode patch = RandomLogs.patch(random);
            JsonNode targetBefore = target.deepCopy();
            JsonNode patchBefore = patch.deepCopy();

            JsonNode result = MergePatch.apply(target, patch);

            assertEquals(RandomLogs.naiveMergePatch(targetBefore, patchBefore), result, "seed " + seed);
            assertEquals(targetBefore, target, "seed " + seed);
            assertEquals(patchBefore, patch, "seed " + seed);
        }
    }
}
