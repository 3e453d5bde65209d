package org.newsgraph.publish;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;

/** The DCAT record of a published dataset (dcat.ttl): a catalogue, its dataset, its files. */
final class DcatRecord {
  private DcatRecord() {}

  static Graph graph(
      List<DatasetPublisher.FileEntry> files, BuildTime time, PublishOptions o) {
    Graph g = GraphFactory.createDefaultGraph();
    String ds = o.datasetIri();
    Node d = Vocab.iri(ds);
    Node catalog = Vocab.iri(ds + "/catalog");
    Node record = Vocab.iri(ds + "/record");
    Vocab.type(g, catalog, Vocab.DCAT + "Catalog");
    Vocab.add(g, catalog, Vocab.DCT + "title", Vocab.str(o.title()));
    Vocab.add(g, catalog, Vocab.DCAT + "dataset", d);
    Vocab.add(g, catalog, Vocab.DCAT + "record", record);
    Vocab.type(g, record, Vocab.DCAT + "CatalogRecord");
    Vocab.add(g, record, Vocab.FOAF + "primaryTopic", d);

    Vocab.type(g, d, Vocab.DCAT + "Dataset");
    Vocab.add(g, d, Vocab.DCT + "title", Vocab.str(o.title()));
    Vocab.add(g, d, Vocab.DCT + "description", Vocab.str(o.description()));
    Vocab.add(g, d, Vocab.DCT + "license", Vocab.iri(o.licenseIri()));
    Node creator;
    if (PublishOptions.isIri(o.creator())) {
      creator = Vocab.iri(o.creator());
    } else {
      creator = Vocab.iri(ds + "/creator");
      Vocab.type(g, creator, Vocab.FOAF + "Agent");
      Vocab.add(g, creator, Vocab.FOAF + "name", Vocab.str(o.creator()));
    }
    Vocab.add(g, d, Vocab.DCT + "creator", creator);
    Vocab.add(g, d, Vocab.DCT + "publisher", creator);
    Vocab.add(g, d, Vocab.DCT + "conformsTo", Vocab.iri("https://w3id.org/newsgraph/ns"));
    for (String k : List.of("news", "knowledge graph", "provenance", "statements", "events")) {
      Vocab.add(g, d, Vocab.DCAT + "keyword", Vocab.str(k));
    }
    if (time != null) {
      Node date = Vocab.typed(time.date(), XSDDatatype.XSDdate);
      Vocab.add(g, d, Vocab.DCT + "issued", date);
      Vocab.add(g, record, Vocab.DCT + "issued", date);
    }
    Vocab.add(g, d, Vocab.PROV + "wasGeneratedBy", Vocab.iri(ds + "/build"));
    if (o.sparqlEndpoint() != null) {
      Node service = Vocab.iri(ds + "/sparql");
      Vocab.type(g, service, Vocab.DCAT + "DataService");
      Vocab.add(g, service, Vocab.DCAT + "endpointURL", Vocab.iri(o.sparqlEndpoint()));
      Vocab.add(g, service, Vocab.DCAT + "servesDataset", d);
    }
    for (DatasetPublisher.FileEntry f : files) {
      Node dist = Vocab.iri(ds + "/distribution/" + f.name());
      Vocab.add(g, d, Vocab.DCAT + "distribution", dist);
      Vocab.type(g, dist, Vocab.DCAT + "Distribution");
      Vocab.add(g, dist, Vocab.DCT + "title", Vocab.str(f.name()));
      Vocab.add(g, dist, Vocab.DCT + "description", Vocab.str(f.description()));
      Vocab.add(g, dist, Vocab.DCAT + "downloadURL", Vocab.iri(o.downloadBase() + f.name()));
      Vocab.add(g, dist, Vocab.DCAT + "accessURL", Vocab.iri(o.downloadBase() + f.name()));
      Vocab.add(g, dist, Vocab.DCAT + "mediaType", Vocab.iri(Vocab.MEDIA_TYPES + f.mediaType()));
      Vocab.add(g, dist, Vocab.DCAT + "byteSize",
          Vocab.typed(Long.toString(f.bytes()), XSDDatatype.XSDnonNegativeInteger));
      Vocab.add(g, dist, Vocab.DCT + "license", Vocab.iri(o.licenseIri()));
      DatasetPublisher.checksum(g, dist, f.sha256());
    }
    return g;
  }
}
