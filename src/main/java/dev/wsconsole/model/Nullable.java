package dev.wsconsole.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a response record component whose value may be JSON {@code null}; it is still always written,
 * so it stays in the schema's {@code required} list (omitted-when-null components use
 * {@code @JsonInclude(NON_NULL)} instead, which takes them off that list).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Nullable {}
