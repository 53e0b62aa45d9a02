package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.configs.facts.GitFacts;
import dev.rig.runtime.configs.facts.GitRemote;
import dev.rig.runtime.format.TextConfigFile;
import dev.rig.runtime.internal.facts.CreationDate;
import dev.rig.runtime.internal.facts.ProjectLicense;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code LICENSE}: the MIT License.
 *
 * <p>The copyright line is never rewritten once it exists: an existing {@code LICENSE}'s line is
 * kept as it is. A new one names:
 *
 * <ul>
 *   <li>the year of the pom's {@code project.build.outputTimestamp}, else of the creation date
 *       ({@code SOURCE_DATE_EPOCH}, else today in UTC): never the clock on later runs;
 *   <li>the owner: {@link #owner()}, by default the owner of the git remote (the GitHub
 *       organisation or user), else git's {@code user.name} (the repository's config, then the
 *       user's {@code ~/.gitconfig}), else "the &lt;name&gt; authors". Git's files are read
 *       directly; no {@code git} process runs.
 * </ul>
 *
 * <p>A project under another license overrides {@link #configs()} with its own text. An existing
 * LICENSE is never treated as a placeholder, even a one-line one: it is merged into, never deleted.
 */
@RigConfig
public class LicenseConfigFile extends TextConfigFile {

  /**
   * The project's existing licence file ({@code LICENSE}, {@code LICENSE.txt}, {@code LICENSE.md}
   * or {@code COPYING}), else {@code LICENSE}: a project never gets a second licence file.
   */
  @Override
  protected String fileName() {
    return ProjectLicense.of(project()).fileName();
  }

  /** Not in a module of a multi-module build: the licence belongs to the build's root. */
  @Override
  protected boolean applies() {
    return !project().isModule();
  }

  /** Who holds the copyright in a new LICENSE. An organisation's base overrides this. */
  protected String owner() {
    GitFacts git = project().git();
    return git.remote()
        .map(GitRemote::owner)
        .or(git::userName)
        .orElseGet(() -> "The " + ProjectInfo.of(project()).name() + " authors");
  }

  /**
   * The MIT License; nothing for a project whose licence file states another licence: the standard
   * disagrees with the project, and a project's licence is never rewritten by a sync. A base of
   * another licence overrides this with its text.
   */
  @Override
  protected List<String> configs() {
    if (ProjectLicense.of(project()).disagreesWithMit()) {
      return new ArrayList<>();
    }
    return Lines.of(
        """
        MIT License

        %s

        Permission is hereby granted, free of charge, to any person obtaining a copy
        of this software and associated documentation files (the "Software"), to deal
        in the Software without restriction, including without limitation the rights
        to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
        copies of the Software, and to permit persons to whom the Software is
        furnished to do so, subject to the following conditions:

        The above copyright notice and this permission notice shall be included in all
        copies or substantial portions of the Software.

        THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
        OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
        SOFTWARE.
        """
            .formatted(copyrightLine()));
  }

  /**
   * When the project's licence file states another licence than the standard's MIT (or one rig
   * does not recognise), so that {@link #configs()} requires nothing: that rig kept the file, and
   * how a base of another licence says so. A base whose {@code configs()} gives its own licence
   * text gets no notice.
   */
  @Override
  protected List<String> notices() {
    ProjectLicense license = ProjectLicense.of(project());
    if (!license.disagreesWithMit() || !configs().isEmpty()) {
      return List.of();
    }
    return List.of(
        "kept the project's licence: "
            + license.fileName()
            + license.spdxId()
                .map(id -> " states " + id)
                .orElse(" states a licence rig does not recognise")
            + ", the standard requires MIT; rig does not overwrite a licence."
            + " If the project's licence is right, a base of that licence overrides"
            + " LicenseConfigFile.configs() with its text");
  }

  /** The existing file's copyright line, else a new one. */
  private String copyrightLine() {
    return existingCopyrightLine().orElseGet(() -> "Copyright (c) " + year() + " " + owner());
  }

  /** The copyright line of the LICENSE in the state being planned. */
  private Optional<String> existingCopyrightLine() {
    return ProjectLicense.of(project()).text().flatMap(text -> text.lines()
        .map(String::strip)
        .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("copyright"))
        .findFirst());
  }

  private int year() {
    return project()
        .pom()
        .property("project.build.outputTimestamp")
        .flatMap(CreationDate::yearOf)
        .orElseGet(() -> project().creationDate().atOffset(ZoneOffset.UTC).getYear());
  }
}
