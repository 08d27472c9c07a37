#!/usr/bin/env python3
"""Derives the ECR model's facts: the shapes, constraints, pagination and errors
of the ECR operations this project serves, taken from the official model, with
every documentation string replaced by this project's own words. It produced
the first model (JSON AST); `model/ecr.smithy` (IDL, edited by hand) is the
model now. To check it still carries the official facts:

    python3 model/tools/derive.py ../shared/models/ecr.json > /tmp/derived.json
    diff <(cargo run -q -p codegen -- ast --flatten /tmp/derived.json) \
         <(cargo run -q -p codegen -- ast --flatten model/ecr.smithy)

The official model is reference data: it is read, never copied into the tree.
"""
import json
import sys

NS = "com.amazonaws.ecr#"
SERVICE = NS + "AmazonEC2ContainerRegistry_V20150921"
OPERATIONS = [
    "GetDownloadUrlForLayer", "CreateRepository", "DescribeRepositories", "DeleteRepository",
    "InitiateLayerUpload", "UploadLayerPart", "CompleteLayerUpload", "BatchCheckLayerAvailability",
    "PutImage", "BatchGetImage", "ListImages", "BatchDeleteImage", "GetAuthorizationToken",
]
# Traits that carry facts; everything else (documentation, examples, smoke
# tests, endpoint rules) is dropped.
KEEP = {
    "smithy.api#required", "smithy.api#default", "smithy.api#length", "smithy.api#pattern",
    "smithy.api#range", "smithy.api#enumValue", "smithy.api#error", "smithy.api#httpError",
    "smithy.api#paginated", "smithy.api#input", "smithy.api#output", "smithy.api#sensitive",
    "smithy.api#timestampFormat", "smithy.api#uniqueItems", "smithy.api#sparse",
}

SERVICE_DOC = (
    "<p>Amazon Elastic Container Registry (ECR) stores container images: repositories hold "
    "images, images are manifests that reference layers, and layers are content-addressed "
    "blobs.</p><p>This model covers the operations a registry needs to push and pull an "
    "image: repository management, the layer upload protocol, image manifests, layer "
    "download URLs and registry credentials.</p>"
)

OP_DOCS = {
    "GetDownloadUrlForLayer": "<p>Returns a pre-signed URL from which the content of one layer can be downloaded. "
        "Only layers that at least one image in the repository references have a URL.</p>"
        "<p>Pulling clients call it once for each layer they do not have yet.</p>",
    "CreateRepository": "<p>Creates an empty image repository in a registry.</p>",
    "DescribeRepositories": "<p>Describes the repositories of a registry, or the named ones. Results come in pages.</p>",
    "DeleteRepository": "<p>Deletes a repository. A repository that still holds images is only deleted when "
        "<code>force</code> is set, and its images go with it.</p>",
    "InitiateLayerUpload": "<p>Starts uploading a layer: returns the upload id that the following "
        "<code>UploadLayerPart</code> and <code>CompleteLayerUpload</code> calls name, and the part size to use.</p>",
    "UploadLayerPart": "<p>Uploads the next consecutive byte range of a layer upload.</p>",
    "CompleteLayerUpload": "<p>Finishes a layer upload: the registry checks the received bytes against the "
        "expected digest and makes the layer available.</p>",
    "BatchCheckLayerAvailability": "<p>Tells, for each of several layer digests, whether the repository already has that layer.</p>",
    "PutImage": "<p>Creates or updates an image from its manifest, optionally tagging it. Every layer the "
        "manifest references must already be in the repository.</p>",
    "BatchGetImage": "<p>Returns the manifests of several images, named by tag or digest.</p>",
    "ListImages": "<p>Lists the image identifiers (digest and tag) of a repository, page by page, optionally "
        "only tagged or only untagged images.</p>",
    "BatchDeleteImage": "<p>Deletes several images, named by tag or digest. Deleting the last tag of an image "
        "deletes the image.</p>",
    "GetAuthorizationToken": "<p>Returns a token that authenticates Docker-compatible clients to the registry. "
        "The token is the base64 form of <code>user:password</code> and expires after some hours.</p>",
}

SHAPE_DOCS = {
    "AuthorizationData": "<p>A registry credential and where to use it.</p>",
    "EncryptionConfiguration": "<p>How the images of a repository are encrypted at rest.</p>",
    "EncryptionType": "<p>The kind of encryption at rest.</p>",
    "Image": "<p>An image: its identity and manifest.</p>",
    "ImageFailure": "<p>Why one image of a batch request could not be processed.</p>",
    "ImageFailureCode": "<p>The reason an image of a batch request failed.</p>",
    "ImageIdentifier": "<p>Names an image by digest, by tag, or both.</p>",
    "ImageScanningConfiguration": "<p>Whether images are scanned for vulnerabilities when pushed.</p>",
    "ImageTagMutability": "<p>Whether a tag, once set, may be moved to another image.</p>",
    "Layer": "<p>What the registry knows of one layer.</p>",
    "LayerAvailability": "<p>Whether a layer is in the repository.</p>",
    "LayerFailure": "<p>Why one layer digest of a batch request could not be checked.</p>",
    "LayerFailureCode": "<p>The reason a layer of a batch request failed.</p>",
    "ListImagesFilter": "<p>Narrows the images that <code>ListImages</code> returns.</p>",
    "Repository": "<p>An image repository.</p>",
    "Tag": "<p>A key-value label attached to a resource.</p>",
    "TagStatus": "<p>Which images to list by whether they carry a tag.</p>",
    # Errors.
    "EmptyUploadException": "<p>The upload has no data: no part was uploaded before completing it.</p>",
    "ImageAlreadyExistsException": "<p>An image with this manifest and tag already exists.</p>",
    "ImageDigestDoesNotMatchException": "<p>The given image digest is not the digest of the manifest.</p>",
    "ImageTagAlreadyExistsException": "<p>The tag already names another image and the repository's tags are immutable.</p>",
    "InvalidLayerException": "<p>The uploaded layer does not match its digest, or has no content.</p>",
    "InvalidLayerPartException": "<p>A layer part is not the next consecutive byte range of the upload.</p>",
    "InvalidParameterException": "<p>A parameter of the request is not valid.</p>",
    "InvalidTagParameterException": "<p>A tag key or value is not valid.</p>",
    "KmsException": "<p>The key management service refused an operation the request needed.</p>",
    "LayerAlreadyExistsException": "<p>The repository already has a layer with this digest.</p>",
    "LayerInaccessibleException": "<p>The layer exists but no image references it, so it cannot be downloaded; "
        "unreferenced layers may be removed at any time.</p>",
    "LayerPartTooSmallException": "<p>A layer part is smaller than the minimum part size.</p>",
    "LayersNotFoundException": "<p>The layer is not in this repository, or the digest is not valid for it.</p>",
    "LimitExceededException": "<p>A service limit was reached.</p>",
    "ReferencedImagesNotFoundException": "<p>The manifest references images or layers that do not exist.</p>",
    "RepositoryAlreadyExistsException": "<p>A repository with this name already exists in the registry.</p>",
    "RepositoryNotEmptyException": "<p>The repository still holds images; delete them first or use <code>force</code>.</p>",
    "RepositoryNotFoundException": "<p>There is no repository with this name in the registry.</p>",
    "ServerException": "<p>The service failed to handle the request; retrying may help.</p>",
    "TooManyTagsException": "<p>The resource would have more tags than allowed.</p>",
    "UnableToGetUpstreamImageException": "<p>The image could not be fetched from the upstream registry of a pull-through cache rule.</p>",
    "UnableToGetUpstreamLayerException": "<p>The layer could not be fetched from the upstream registry of a pull-through cache rule.</p>",
    "UploadNotFoundException": "<p>There is no upload with this id in the repository.</p>",
}

MEMBER_DOCS = {
    "registryId": "<p>The 12-digit account id of the registry. Defaults to the caller's own registry.</p>",
    "registryIds": "<p>The registries to get tokens for; the caller's own when omitted.</p>",
    "repositoryName": "<p>The name of the repository, for example <code>team/service</code>.</p>",
    "repositoryNames": "<p>The repositories to describe; all of them when omitted.</p>",
    "repositoryArn": "<p>The Amazon Resource Name of the repository.</p>",
    "repositoryUri": "<p>The address to push to and pull from, <code>registry-host/repository-name</code>.</p>",
    "repository": "<p>The repository.</p>",
    "repositories": "<p>The repositories of this page.</p>",
    "createdAt": "<p>When the repository was created.</p>",
    "layerDigest": "<p>The digest of the layer's content, such as <code>sha256:</code> followed by 64 hex digits.</p>",
    "layerDigests": "<p>Layer digests.</p>",
    "downloadUrl": "<p>A pre-signed URL that serves the layer's content with a plain HTTP GET until it expires.</p>",
    "layers": "<p>The layers found.</p>",
    "layerAvailability": "<p>Whether the layer is in the repository.</p>",
    "layerSize": "<p>The size of the layer in bytes.</p>",
    "mediaType": "<p>The media type of the layer.</p>",
    "failures": "<p>The entries of the request that could not be processed, and why.</p>",
    "failureCode": "<p>A code for the failure.</p>",
    "failureReason": "<p>The failure in words.</p>",
    "uploadId": "<p>The id of the layer upload, from <code>InitiateLayerUpload</code>.</p>",
    "partSize": "<p>The size in bytes of the parts to upload, except the last one.</p>",
    "partFirstByte": "<p>The offset of the first byte of this part within the layer.</p>",
    "partLastByte": "<p>The offset of the last byte of this part within the layer.</p>",
    "layerPartBlob": "<p>The bytes of this part.</p>",
    "lastByteReceived": "<p>The offset of the last byte the registry has received for this upload.</p>",
    "lastValidByteReceived": "<p>The offset of the last byte the registry accepted before the invalid part.</p>",
    "imageManifest": "<p>The image manifest, as JSON text.</p>",
    "imageManifestMediaType": "<p>The media type of the manifest; read from the manifest's <code>mediaType</code> when omitted.</p>",
    "imageTag": "<p>A tag naming the image.</p>",
    "imageDigest": "<p>The digest of the image manifest.</p>",
    "imageId": "<p>Which image.</p>",
    "imageIds": "<p>Image identifiers.</p>",
    "image": "<p>The image.</p>",
    "images": "<p>The images found.</p>",
    "acceptedMediaTypes": "<p>The manifest media types the caller accepts.</p>",
    "imageTagMutability": "<p>Whether tags may be moved to other images. Tags are mutable when omitted.</p>",
    "imageScanningConfiguration": "<p>Whether images are scanned when pushed.</p>",
    "scanOnPush": "<p>Scan each image after it is pushed.</p>",
    "encryptionConfiguration": "<p>How images are encrypted at rest; AES-256 when omitted.</p>",
    "encryptionType": "<p>The encryption to use.</p>",
    "kmsKey": "<p>The key to encrypt with, when the encryption type uses a key management service.</p>",
    "kmsError": "<p>The error the key management service reported.</p>",
    "tags": "<p>Labels for the resource.</p>",
    "Key": "<p>The tag's key.</p>",
    "Value": "<p>The tag's value.</p>",
    "force": "<p>Delete the repository even if it still holds images, deleting them too.</p>",
    "nextToken": "<p>The token for the next page: pass the <code>nextToken</code> of the previous response; "
        "absent in the last page.</p>",
    "maxResults": "<p>The most results to return in one page.</p>",
    "filter": "<p>Which images to list.</p>",
    "tagStatus": "<p>List only tagged images, only untagged images, or any.</p>",
    "authorizationData": "<p>One credential per requested registry.</p>",
    "authorizationToken": "<p>The base64 form of <code>user:password</code> for <code>docker login</code>.</p>",
    "expiresAt": "<p>When the token stops working.</p>",
    "proxyEndpoint": "<p>The registry address to use the token with.</p>",
    "message": "<p>What went wrong.</p>",
}


def main():
    official = json.load(open(sys.argv[1]))
    shapes = official["shapes"]
    closure = {}

    def walk(sid):
        if not sid.startswith(NS) or sid in closure:
            return
        closure[sid] = shapes[sid]
        s = shapes[sid]
        for key in ("input", "output"):
            if key in s:
                walk(s[key]["target"])
        for e in s.get("errors", []):
            walk(e["target"])
        for key in ("member", "key", "value"):
            if key in s:
                walk(s[key]["target"])
        for m in s.get("members", {}).values():
            walk(m["target"])

    for op in OPERATIONS:
        walk(NS + op)

    def traits(t, doc=None):
        out = {k: v for k, v in sorted(t.items()) if k in KEEP}
        if doc:
            out["smithy.api#documentation"] = doc
        return out

    out = {}
    for sid in sorted(closure):
        s = closure[sid]
        name = sid.split("#")[1]
        new = {"type": s["type"]}
        for key in ("input", "output"):
            if key in s:
                new[key] = s[key]
        if "errors" in s:
            new["errors"] = s["errors"]
        for key in ("member", "key", "value"):
            if key in s:
                new[key] = {"target": s[key]["target"]}
                t = traits(s[key].get("traits", {}))
                if t:
                    new[key]["traits"] = t
        if "members" in s:
            new["members"] = {}
            for mname, m in s["members"].items():
                nm = {"target": m["target"]}
                doc = None if s["type"] == "enum" else MEMBER_DOCS.get(mname)
                if s["type"] != "enum" and doc is None:
                    sys.exit(f"no documentation written for member {name}${mname}")
                t = traits(m.get("traits", {}), doc)
                if t:
                    nm["traits"] = t
                new["members"][mname] = nm
        doc = OP_DOCS.get(name) if s["type"] == "operation" else SHAPE_DOCS.get(name)
        if s["type"] in ("operation",) and doc is None:
            sys.exit(f"no documentation written for operation {name}")
        t = traits(s.get("traits", {}), doc)
        if t:
            new["traits"] = t
        out[sid] = new

    svc = shapes[SERVICE]
    out[SERVICE] = {
        "type": "service",
        "version": svc["version"],
        "operations": [{"target": NS + op} for op in sorted(OPERATIONS)],
        "traits": {
            "aws.api#service": {"sdkId": "ECR", "endpointPrefix": "api.ecr", "arnNamespace": "ecr"},
            "aws.auth#sigv4": {"name": "ecr"},
            "aws.protocols#awsJson1_1": {},
            "smithy.api#title": "Amazon Elastic Container Registry",
            "smithy.api#documentation": SERVICE_DOC,
        },
    }
    json.dump({"smithy": "2.0", "shapes": out}, sys.stdout, indent=4, sort_keys=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
