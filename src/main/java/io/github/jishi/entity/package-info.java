/**
 * Named things in a page: places ({@link io.github.jishi.internal.entity.PlaceGazetteer},
 * {@link io.github.jishi.internal.entity.PlaceRecognizer}), organisations
 * ({@link io.github.jishi.internal.entity.OrgRecognizer}) and national programmes
 * ({@link io.github.jishi.internal.entity.ProgramCatalog}, {@link io.github.jishi.internal.entity.ProgramRecognizer}).
 */
package io.github.jishi.entity;
