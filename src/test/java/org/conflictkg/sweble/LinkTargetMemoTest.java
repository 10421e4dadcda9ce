package org.conflictkg.sweble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sweble.wikitext.engine.utils.DefaultConfigEnWp;
import org.sweble.wikitext.parser.ParserConfig;
import org.sweble.wikitext.parser.parser.LinkBuilder.LinkType;

class LinkTargetMemoTest {
    private final ParserConfig sweble = DefaultConfigEnWp.generate().getParserConfig();

    @Test
    void answersAsSwebleDoesTheSecondTimeToo() {
        LinkTargetMemo memo = new LinkTargetMemo(sweble);
        String[] targets = {"Battle of Mosul (2016–2017)", "File:Map of Iraq.svg", ":File:Map of Iraq.svg", "Image:Flag.png",
                "Category:Wars involving Iraq", "wikt:war", "a|b", "x[y]", "", "Talk:Iraq"};
        for (int round = 0; round < 2; round++)
            for (String t : targets) assertEquals(sweble.classifyTarget(t), memo.classifyTarget(t), t);
        assertEquals(LinkType.IMAGE, memo.classifyTarget("File:Map of Iraq.svg"));
        assertEquals(LinkType.PAGE, memo.classifyTarget(":File:Map of Iraq.svg"));
        assertEquals(targets.length, memo.size());
    }

    @Test
    void staysBoundedOverManyTargets() {
        LinkTargetMemo memo = new LinkTargetMemo(sweble);
        for (int i = 0; i <= LinkTargetMemo.LIMIT + 10; i++) memo.classifyTarget("Page " + i);
        assertTrue(memo.size() <= LinkTargetMemo.LIMIT, "memo size " + memo.size());
        assertEquals(LinkType.PAGE, memo.classifyTarget("Page 7"));
    }

    @Test
    void passesTheRestOfTheConfigurationThrough() {
        LinkTargetMemo memo = new LinkTargetMemo(sweble);
        assertEquals(sweble.isWarningsEnabled(), memo.isWarningsEnabled());
        assertEquals(sweble.isGatherRtData(), memo.isGatherRtData());
        assertEquals(sweble.isUrlProtocol("https://"), memo.isUrlProtocol("https://"));
        assertEquals(sweble.isValidExtensionTagName("ref"), memo.isValidExtensionTagName("ref"));
        assertEquals(sweble.getNodeFactory(), memo.getNodeFactory());
        assertEquals(sweble.resolveXmlEntity("amp"), memo.resolveXmlEntity("amp"));
    }
}
