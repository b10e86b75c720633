/**
 * JSON and YAML documents as okrkit's own files are read and written, for modules that define a
 * file format on top of okr-io (okr-simulation-io does, for simulation specs), so that their files
 * are bounded, positioned and worded as plan and policy files are.
 *
 * <ul>
 *   <li>{@link org.okrkit.io.document.DocumentReader} reads a document within {@link
 *       org.okrkit.io.ReadLimits} into a tree of {@link org.okrkit.io.document.Node}s that keep
 *       their line and column, and hands it to a decoder;
 *   <li>a decoder reads each object with {@link org.okrkit.io.document.Fields} and reports what is
 *       wrong to {@link org.okrkit.io.document.Problems}, which becomes a {@link
 *       org.okrkit.io.PlanFileException} listing every problem with its line, column and
 *       {@linkplain org.okrkit.io.document.DocumentPath path};
 *   <li>{@link org.okrkit.io.document.DocumentWriter} writes a document laid out as okrkit's files
 *       are, and okr-io's exports too.
 * </ul>
 *
 * <p>A plan or a policy can stand inside such a document: {@link
 * org.okrkit.io.PlanFiles#decode(Node, String, Problems)} and {@link
 * org.okrkit.io.PolicyFiles#decode(Node, String, Problems, org.okrkit.scoring.PolicyExtensions)}
 * read one in place, {@link org.okrkit.io.PlanFiles#write(org.okrkit.core.Plan, DocumentWriter)}
 * and {@link org.okrkit.io.PolicyFiles#write(org.okrkit.scoring.ScoringPolicy, DocumentWriter)}
 * write one.
 */
@NullMarked
@CheckReturnValue
package org.okrkit.io.document;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
