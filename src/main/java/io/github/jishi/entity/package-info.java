/**
 * Named things in a page: places ({@link io.github.jishi.entity.PlaceGazetteer},
 * {@link io.github.jishi.entity.PlaceRecognizer}), organisations
 * ({@link io.github.jishi.entity.OrgRecognizer}) and national programmes
 * ({@link io.github.jishi.entity.ProgramCatalog}, {@link io.github.jishi.entity.ProgramRecognizer}).
 */
package io.github.jishi.entity;
