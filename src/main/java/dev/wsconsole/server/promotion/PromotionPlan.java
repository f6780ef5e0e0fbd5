package dev.wsconsole.server.promotion;

import dev.wsconsole.server.promotion.PromotionResponses.Preview;
import java.util.Map;
import java.util.UUID;

/**
 * A computed promotion: the diff shown to the caller, the two snapshots it was computed from, and the
 * new routing (service name, or null for none) of each target number whose routing changes.
 */
record PromotionPlan(Preview preview, ConfigSnapshot source, ConfigSnapshot target, Map<UUID, String> routing) {}
