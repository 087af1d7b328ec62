/**
 * Not API, may change without notice: named things in a page, places
 * ({@link io.github.jishi.internal.entity.PlaceGazetteer},
 * {@link io.github.jishi.internal.entity.PlaceRecognizer}), organisations
 * ({@link io.github.jishi.internal.entity.OrgRecognizer}) and national programmes
 * ({@link io.github.jishi.internal.entity.ProgramCatalog},
 * {@link io.github.jishi.internal.entity.ProgramRecognizer}), found as
 * {@link io.github.jishi.entity.Mention}s. The gazetteer and programme lists are resources of this
 * package.
 */
package io.github.jishi.internal.entity;
