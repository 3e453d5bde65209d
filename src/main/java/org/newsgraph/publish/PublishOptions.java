package org.newsgraph.publish;

/**
 * What a published dataset folder says about itself: its catalogue record (title,
 * description, licence, creator), where it lives, and how its time is fixed.
 *
 * <pre>
 * PublishOptions o = PublishOptions.defaults("0.1.0").withTitle("Labour expulsions 2021")
 *     .withIssued("2021-08-20");
 * </pre>
 *
 * @param title the dataset's dcterms:title
 * @param description its dcterms:description
 * @param license a licence IRI, or an SPDX licence id ("CC-BY-4.0")
 * @param creator a name, or an IRI for the creator
 * @param issued the build time, an ISO date or date-time, or null
 * @param sourceDateEpoch the {@code SOURCE_DATE_EPOCH} value (seconds), or null; used when
 *     {@code issued} is null
 * @param base the instance base IRI; the dataset's own IRIs live under {@code base + "dataset"}
 * @param publicUrl where the folder's files will be downloadable (ends in "/"), or null for
 *     {@code base + "dataset/"}
 * @param sparqlEndpoint the SPARQL endpoint serving the data, or null
 * @param toolVersion the newsgraph version that wrote the folder
 */
public record PublishOptions(
    String title,
    String description,
    String license,
    String creator,
    String issued,
    String sourceDateEpoch,
    String base,
    String publicUrl,
    String sparqlEndpoint,
    String toolVersion) {

  public static final String DEFAULT_TITLE = "newsgraph knowledge graph";
  public static final String DEFAULT_DESCRIPTION =
      "A knowledge graph built by newsgraph from news articles: the people, organisations and"
          + " works they mention, the events they report, memberships and quoted statements,"
          + " each fact with its evidence (article, character span, exact words, rule,"
          + " confidence).";
  public static final String DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/";
  public static final String DEFAULT_CREATOR = "The newsgraph project";
  public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/id/";

  /** Defaults for everything but the tool version. */
  public static PublishOptions defaults(String toolVersion) {
    return new PublishOptions(
        DEFAULT_TITLE, DEFAULT_DESCRIPTION, DEFAULT_LICENSE, DEFAULT_CREATOR, null, null,
        DEFAULT_BASE, null, null, toolVersion);
  }

  public PublishOptions withTitle(String v) {
    return new PublishOptions(v, description, license, creator, issued, sourceDateEpoch, base,
        publicUrl, sparqlEndpoint, toolVersion);
  }

  public PublishOptions withDescription(String v) {
    return new PublishOptions(title, v, license, creator, issued, sourceDateEpoch, base,
        publicUrl, sparqlEndpoint, toolVersion);
  }

  public PublishOptions withLicense(String v) {
    return new PublishOptions(title, description, v, creator, issued, sourceDateEpoch, base,
        publicUrl, sparqlEndpoint, toolVersion);
  }

  public PublishOptions withCreator(String v) {
    return new PublishOptions(title, description, license, v, issued, sourceDateEpoch, base,
        publicUrl, sparqlEndpoint, toolVersion);
  }

  public PublishOptions withIssued(String v) {
    return new PublishOptions(title, description, license, creator, v, sourceDateEpoch, base,
        publicUrl, sparqlEndpoint, toolVersion);
  }

  public PublishOptions withSourceDateEpoch(String v) {
    return new PublishOptions(title, description, license, creator, issued, v, base,
        publicUrl, sparqlEndpoint, toolVersion);
  }

  public PublishOptions withBase(String v) {
    return new PublishOptions(title, description, license, creator, issued, sourceDateEpoch, v,
        publicUrl, sparqlEndpoint, toolVersion);
  }

  public PublishOptions withPublicUrl(String v) {
    return new PublishOptions(title, description, license, creator, issued, sourceDateEpoch,
        base, v, sparqlEndpoint, toolVersion);
  }

  public PublishOptions withSparqlEndpoint(String v) {
    return new PublishOptions(title, description, license, creator, issued, sourceDateEpoch,
        base, publicUrl, v, toolVersion);
  }

  /** The dataset's IRI. */
  String datasetIri() {
    return base + "dataset";
  }

  /** The folder's download location, ending in "/". */
  String downloadBase() {
    String u = publicUrl != null ? publicUrl : base + "dataset/";
    return u.endsWith("/") ? u : u + "/";
  }

  /** The licence as an IRI: SPDX ids become SPDX licence IRIs. */
  String licenseIri() {
    return isIri(license) ? license : "https://spdx.org/licenses/" + license.trim();
  }

  static boolean isIri(String s) {
    return s != null && s.matches("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
  }
}
