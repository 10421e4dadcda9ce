package org.conflictkg.sweble;

import java.util.HashMap;
import java.util.Map;

import org.sweble.wikitext.parser.NonStandardElementBehavior;
import org.sweble.wikitext.parser.ParserConfig;
import org.sweble.wikitext.parser.WikitextWarning.WarningSeverity;
import org.sweble.wikitext.parser.nodes.WikitextNodeFactory;
import org.sweble.wikitext.parser.parser.LinkBuilder.LinkType;
import org.sweble.wikitext.parser.utils.AstTextUtils;

/**
 * Sweble's parser configuration, answering {@link #classifyTarget} from a memo. Sweble classifies the
 * target of every {@code [[link]]} by parsing it again (namespace, interwiki prefix, validity), and a
 * page names the same few hundred targets over and over: that parse was about 2% of a pipeline run.
 * The answer depends only on the target and the configuration, so it is kept per parser, which is
 * confined to one thread; the memo is emptied when it grows past {@link #LIMIT} targets.
 */
final class LinkTargetMemo implements ParserConfig {
    static final int LIMIT = 50_000;

    private final ParserConfig config;
    private final Map<String, LinkType> memo = new HashMap<>();

    LinkTargetMemo(ParserConfig config) { this.config = config; }

    @Override
    public LinkType classifyTarget(String target) {
        LinkType known = memo.get(target);
        if (known != null) return known;
        if (memo.size() >= LIMIT) memo.clear();
        LinkType type = config.classifyTarget(target);
        memo.put(target, type);
        return type;
    }

    int size() { return memo.size(); }

    // Everything else as the configuration says.
    @Override public boolean isConvertIllegalCodePoints() { return config.isConvertIllegalCodePoints(); }
    @Override public boolean isWarningsEnabled() { return config.isWarningsEnabled(); }
    @Override public boolean isWarningLevelEnabled(WarningSeverity s) { return config.isWarningLevelEnabled(s); }
    @Override public boolean isAutoCorrect() { return config.isAutoCorrect(); }
    @Override public boolean isGatherRtData() { return config.isGatherRtData(); }
    @Override public WikitextNodeFactory getNodeFactory() { return config.getNodeFactory(); }
    @Override public AstTextUtils getAstTextUtils() { return config.getAstTextUtils(); }
    @Override public boolean isUrlProtocol(String s) { return config.isUrlProtocol(s); }
    @Override public String getInternalLinkPrefixPattern() { return config.getInternalLinkPrefixPattern(); }
    @Override public String getInternalLinkPostfixPattern() { return config.getInternalLinkPostfixPattern(); }
    @Override public boolean isNamespace(String s) { return config.isNamespace(s); }
    @Override public boolean isTalkNamespace(String s) { return config.isTalkNamespace(s); }
    @Override public boolean isInterwikiName(String s) { return config.isInterwikiName(s); }
    @Override public boolean isIwPrefixOfThisWiki(String s) { return config.isIwPrefixOfThisWiki(s); }
    @Override public boolean isValidPageSwitchName(String s) { return config.isValidPageSwitchName(s); }
    @Override public boolean isValidExtensionTagName(String s) { return config.isValidExtensionTagName(s); }
    @Override public boolean isRedirectKeyword(String s) { return config.isRedirectKeyword(s); }
    @Override public boolean isValidXmlEntityRef(String s) { return config.isValidXmlEntityRef(s); }
    @Override public Map<String, String> getXmlEntities() { return config.getXmlEntities(); }
    @Override public NonStandardElementBehavior getNonStandardElementBehavior(String s) { return config.getNonStandardElementBehavior(s); }
    @Override public boolean isFosterParenting() { return config.isFosterParenting(); }
    @Override public boolean isFosterParentingForTransclusions() { return config.isFosterParentingForTransclusions(); }
    @Override public boolean isLangConvTagsEnabled() { return config.isLangConvTagsEnabled(); }
    @Override public boolean isLctFlag(String s) { return config.isLctFlag(s); }
    @Override public String normalizeLctFlag(String s) { return config.normalizeLctFlag(s); }
    @Override public boolean isLctVariant(String s) { return config.isLctVariant(s); }
    @Override public String normalizeLctVariant(String s) { return config.normalizeLctVariant(s); }
    @Override public boolean isPreserveSemiPreLeadingSpace() { return config.isPreserveSemiPreLeadingSpace(); }
    @Override public String resolveXmlEntity(String s) { return config.resolveXmlEntity(s); }
}
