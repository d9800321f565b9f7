// generated — do not edit. Produced by scripts/codegen from BatchService.json (api-version 2024-07-01.20.0): the route table.

import type { Route } from "./route-types.js";

/** Every operation of the Batch REST contract, sorted by operation id. */
export const routes: readonly Route[] = [
  {
    "operationId": "Account_ListPoolNodeCounts",
    "group": "account",
    "name": "listPoolNodeCounts",
    "method": "GET",
    "path": "/nodecounts",
    "parameters": [
      {
        "key": "filter",
        "wireName": "$filter",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "maxResults",
        "wireName": "maxresults",
        "in": "query",
        "required": false,
        "kind": "integer",
        "minimum": 1,
        "maximum": 10
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "PoolNodeCountsListResult",
    "binaryResponse": false,
    "pageable": true,
    "responseHeaders": [
      "client-request-id",
      "request-id"
    ]
  },
  {
    "operationId": "Account_ListSupportedImages",
    "group": "account",
    "name": "listSupportedImages",
    "method": "GET",
    "path": "/supportedimages",
    "parameters": [
      {
        "key": "filter",
        "wireName": "$filter",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "maxResults",
        "wireName": "maxresults",
        "in": "query",
        "required": false,
        "kind": "integer",
        "minimum": 1,
        "maximum": 1000
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "AccountListSupportedImagesResult",
    "binaryResponse": false,
    "pageable": true,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Application_Get",
    "group": "application",
    "name": "get",
    "method": "GET",
    "path": "/applications/{applicationId}",
    "parameters": [
      {
        "key": "applicationId",
        "wireName": "applicationId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "ApplicationSummary",
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Application_List",
    "group": "application",
    "name": "list",
    "method": "GET",
    "path": "/applications",
    "parameters": [
      {
        "key": "maxResults",
        "wireName": "maxresults",
        "in": "query",
        "required": false,
        "kind": "integer",
        "minimum": 1,
        "maximum": 1000
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "ApplicationListResult",
    "binaryResponse": false,
    "pageable": true,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Certificate_Add",
    "group": "certificate",
    "name": "add",
    "method": "POST",
    "path": "/certificates",
    "parameters": [
      {
        "key": "certificate",
        "wireName": "certificate",
        "in": "body",
        "required": true,
        "schema": "CertificateAddParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      201
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Certificate_CancelDeletion",
    "group": "certificate",
    "name": "cancelDeletion",
    "method": "POST",
    "path": "/certificates(thumbprintAlgorithm={thumbprintAlgorithm},thumbprint={thumbprint})/canceldelete",
    "parameters": [
      {
        "key": "thumbprintAlgorithm",
        "wireName": "thumbprintAlgorithm",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "thumbprint",
        "wireName": "thumbprint",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      204
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Certificate_Delete",
    "group": "certificate",
    "name": "delete",
    "method": "DELETE",
    "path": "/certificates(thumbprintAlgorithm={thumbprintAlgorithm},thumbprint={thumbprint})",
    "parameters": [
      {
        "key": "thumbprintAlgorithm",
        "wireName": "thumbprintAlgorithm",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "thumbprint",
        "wireName": "thumbprint",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      202
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Certificate_Get",
    "group": "certificate",
    "name": "get",
    "method": "GET",
    "path": "/certificates(thumbprintAlgorithm={thumbprintAlgorithm},thumbprint={thumbprint})",
    "parameters": [
      {
        "key": "thumbprintAlgorithm",
        "wireName": "thumbprintAlgorithm",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "thumbprint",
        "wireName": "thumbprint",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "Certificate",
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Certificate_List",
    "group": "certificate",
    "name": "list",
    "method": "GET",
    "path": "/certificates",
    "parameters": [
      {
        "key": "filter",
        "wireName": "$filter",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "maxResults",
        "wireName": "maxresults",
        "in": "query",
        "required": false,
        "kind": "integer",
        "minimum": 1,
        "maximum": 1000
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "CertificateListResult",
    "binaryResponse": false,
    "pageable": true,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "ComputeNode_AddUser",
    "group": "computeNode",
    "name": "addUser",
    "method": "POST",
    "path": "/pools/{poolId}/nodes/{nodeId}/users",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "user",
        "wireName": "user",
        "in": "body",
        "required": true,
        "schema": "ComputeNodeUser"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      201
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "ComputeNode_Deallocate",
    "group": "computeNode",
    "name": "deallocate",
    "method": "POST",
    "path": "/pools/{poolId}/nodes/{nodeId}/deallocate",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeDeallocateParameter",
        "wireName": "nodeDeallocateParameter",
        "in": "body",
        "required": false,
        "schema": "NodeDeallocateParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      202
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "ComputeNode_DeleteUser",
    "group": "computeNode",
    "name": "deleteUser",
    "method": "DELETE",
    "path": "/pools/{poolId}/nodes/{nodeId}/users/{userName}",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "userName",
        "wireName": "userName",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "request-id"
    ]
  },
  {
    "operationId": "ComputeNode_DisableScheduling",
    "group": "computeNode",
    "name": "disableScheduling",
    "method": "POST",
    "path": "/pools/{poolId}/nodes/{nodeId}/disablescheduling",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeDisableSchedulingParameter",
        "wireName": "nodeDisableSchedulingParameter",
        "in": "body",
        "required": false,
        "schema": "NodeDisableSchedulingParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "ComputeNode_EnableScheduling",
    "group": "computeNode",
    "name": "enableScheduling",
    "method": "POST",
    "path": "/pools/{poolId}/nodes/{nodeId}/enablescheduling",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "ComputeNode_Get",
    "group": "computeNode",
    "name": "get",
    "method": "GET",
    "path": "/pools/{poolId}/nodes/{nodeId}",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "ComputeNode",
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "ComputeNode_GetRemoteLoginSettings",
    "group": "computeNode",
    "name": "getRemoteLoginSettings",
    "method": "GET",
    "path": "/pools/{poolId}/nodes/{nodeId}/remoteloginsettings",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "ComputeNodeGetRemoteLoginSettingsResult",
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "ComputeNode_List",
    "group": "computeNode",
    "name": "list",
    "method": "GET",
    "path": "/pools/{poolId}/nodes",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "filter",
        "wireName": "$filter",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "maxResults",
        "wireName": "maxresults",
        "in": "query",
        "required": false,
        "kind": "integer",
        "minimum": 1,
        "maximum": 1000
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "ComputeNodeListResult",
    "binaryResponse": false,
    "pageable": true,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "ComputeNode_Reboot",
    "group": "computeNode",
    "name": "reboot",
    "method": "POST",
    "path": "/pools/{poolId}/nodes/{nodeId}/reboot",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeRebootParameter",
        "wireName": "nodeRebootParameter",
        "in": "body",
        "required": false,
        "schema": "NodeRebootParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      202
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "ComputeNode_Reimage",
    "group": "computeNode",
    "name": "reimage",
    "method": "POST",
    "path": "/pools/{poolId}/nodes/{nodeId}/reimage",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeReimageParameter",
        "wireName": "nodeReimageParameter",
        "in": "body",
        "required": false,
        "schema": "NodeReimageParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      202
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "ComputeNode_Start",
    "group": "computeNode",
    "name": "start",
    "method": "POST",
    "path": "/pools/{poolId}/nodes/{nodeId}/start",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      202
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "ComputeNode_UpdateUser",
    "group": "computeNode",
    "name": "updateUser",
    "method": "PUT",
    "path": "/pools/{poolId}/nodes/{nodeId}/users/{userName}",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "userName",
        "wireName": "userName",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeUpdateUserParameter",
        "wireName": "nodeUpdateUserParameter",
        "in": "body",
        "required": true,
        "schema": "NodeUpdateUserParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "ComputeNode_UploadBatchServiceLogs",
    "group": "computeNode",
    "name": "uploadBatchServiceLogs",
    "method": "POST",
    "path": "/pools/{poolId}/nodes/{nodeId}/uploadbatchservicelogs",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "uploadBatchServiceLogsConfiguration",
        "wireName": "uploadBatchServiceLogsConfiguration",
        "in": "body",
        "required": true,
        "schema": "UploadBatchServiceLogsConfiguration"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "UploadBatchServiceLogsResult",
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "request-id"
    ]
  },
  {
    "operationId": "ComputeNodeExtension_Get",
    "group": "computeNodeExtension",
    "name": "get",
    "method": "GET",
    "path": "/pools/{poolId}/nodes/{nodeId}/extensions/{extensionName}",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "extensionName",
        "wireName": "extensionName",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "NodeVMExtension",
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "ComputeNodeExtension_List",
    "group": "computeNodeExtension",
    "name": "list",
    "method": "GET",
    "path": "/pools/{poolId}/nodes/{nodeId}/extensions",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "maxResults",
        "wireName": "maxresults",
        "in": "query",
        "required": false,
        "kind": "integer",
        "minimum": 1,
        "maximum": 1000
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "NodeVMExtensionList",
    "binaryResponse": false,
    "pageable": true,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "File_DeleteFromComputeNode",
    "group": "file",
    "name": "deleteFromComputeNode",
    "method": "DELETE",
    "path": "/pools/{poolId}/nodes/{nodeId}/files/{filePath}",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "filePath",
        "wireName": "filePath",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "recursive",
        "wireName": "recursive",
        "in": "query",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "request-id"
    ]
  },
  {
    "operationId": "File_DeleteFromTask",
    "group": "file",
    "name": "deleteFromTask",
    "method": "DELETE",
    "path": "/jobs/{jobId}/tasks/{taskId}/files/{filePath}",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "taskId",
        "wireName": "taskId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "filePath",
        "wireName": "filePath",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "recursive",
        "wireName": "recursive",
        "in": "query",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "request-id"
    ]
  },
  {
    "operationId": "File_GetFromComputeNode",
    "group": "file",
    "name": "getFromComputeNode",
    "method": "GET",
    "path": "/pools/{poolId}/nodes/{nodeId}/files/{filePath}",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "filePath",
        "wireName": "filePath",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ocpRange",
        "wireName": "ocp-range",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": true,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "content-length",
      "content-type",
      "etag",
      "last-modified",
      "ocp-batch-file-isdirectory",
      "ocp-batch-file-mode",
      "ocp-batch-file-url",
      "ocp-creation-time",
      "request-id"
    ]
  },
  {
    "operationId": "File_GetFromTask",
    "group": "file",
    "name": "getFromTask",
    "method": "GET",
    "path": "/jobs/{jobId}/tasks/{taskId}/files/{filePath}",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "taskId",
        "wireName": "taskId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "filePath",
        "wireName": "filePath",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ocpRange",
        "wireName": "ocp-range",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": true,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "content-length",
      "content-type",
      "etag",
      "last-modified",
      "ocp-batch-file-isdirectory",
      "ocp-batch-file-mode",
      "ocp-batch-file-url",
      "ocp-creation-time",
      "request-id"
    ]
  },
  {
    "operationId": "File_GetPropertiesFromComputeNode",
    "group": "file",
    "name": "getPropertiesFromComputeNode",
    "method": "HEAD",
    "path": "/pools/{poolId}/nodes/{nodeId}/files/{filePath}",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "filePath",
        "wireName": "filePath",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "content-length",
      "content-type",
      "etag",
      "last-modified",
      "ocp-batch-file-isdirectory",
      "ocp-batch-file-mode",
      "ocp-batch-file-url",
      "ocp-creation-time",
      "request-id"
    ]
  },
  {
    "operationId": "File_GetPropertiesFromTask",
    "group": "file",
    "name": "getPropertiesFromTask",
    "method": "HEAD",
    "path": "/jobs/{jobId}/tasks/{taskId}/files/{filePath}",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "taskId",
        "wireName": "taskId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "filePath",
        "wireName": "filePath",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "content-length",
      "content-type",
      "etag",
      "last-modified",
      "ocp-batch-file-isdirectory",
      "ocp-batch-file-mode",
      "ocp-batch-file-url",
      "ocp-creation-time",
      "request-id"
    ]
  },
  {
    "operationId": "File_ListFromComputeNode",
    "group": "file",
    "name": "listFromComputeNode",
    "method": "GET",
    "path": "/pools/{poolId}/nodes/{nodeId}/files",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeId",
        "wireName": "nodeId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "filter",
        "wireName": "$filter",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "recursive",
        "wireName": "recursive",
        "in": "query",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "maxResults",
        "wireName": "maxresults",
        "in": "query",
        "required": false,
        "kind": "integer",
        "minimum": 1,
        "maximum": 1000
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "NodeFileListResult",
    "binaryResponse": false,
    "pageable": true,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "File_ListFromTask",
    "group": "file",
    "name": "listFromTask",
    "method": "GET",
    "path": "/jobs/{jobId}/tasks/{taskId}/files",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "taskId",
        "wireName": "taskId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "filter",
        "wireName": "$filter",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "recursive",
        "wireName": "recursive",
        "in": "query",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "maxResults",
        "wireName": "maxresults",
        "in": "query",
        "required": false,
        "kind": "integer",
        "minimum": 1,
        "maximum": 1000
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "NodeFileListResult",
    "binaryResponse": false,
    "pageable": true,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Job_Add",
    "group": "job",
    "name": "add",
    "method": "POST",
    "path": "/jobs",
    "parameters": [
      {
        "key": "job",
        "wireName": "job",
        "in": "body",
        "required": true,
        "schema": "JobAddParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      201
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Job_Delete",
    "group": "job",
    "name": "delete",
    "method": "DELETE",
    "path": "/jobs/{jobId}",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "force",
        "wireName": "force",
        "in": "query",
        "required": false,
        "kind": "boolean"
      }
    ],
    "successCodes": [
      202
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "request-id"
    ]
  },
  {
    "operationId": "Job_Disable",
    "group": "job",
    "name": "disable",
    "method": "POST",
    "path": "/jobs/{jobId}/disable",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "jobDisableParameter",
        "wireName": "jobDisableParameter",
        "in": "body",
        "required": true,
        "schema": "JobDisableParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      202
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Job_Enable",
    "group": "job",
    "name": "enable",
    "method": "POST",
    "path": "/jobs/{jobId}/enable",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      202
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Job_Get",
    "group": "job",
    "name": "get",
    "method": "GET",
    "path": "/jobs/{jobId}",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "expand",
        "wireName": "$expand",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "CloudJob",
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Job_GetTaskCounts",
    "group": "job",
    "name": "getTaskCounts",
    "method": "GET",
    "path": "/jobs/{jobId}/taskcounts",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "TaskCountsResult",
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "request-id"
    ]
  },
  {
    "operationId": "Job_List",
    "group": "job",
    "name": "list",
    "method": "GET",
    "path": "/jobs",
    "parameters": [
      {
        "key": "filter",
        "wireName": "$filter",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "expand",
        "wireName": "$expand",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "maxResults",
        "wireName": "maxresults",
        "in": "query",
        "required": false,
        "kind": "integer",
        "minimum": 1,
        "maximum": 1000
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "CloudJobListResult",
    "binaryResponse": false,
    "pageable": true,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Job_ListFromJobSchedule",
    "group": "job",
    "name": "listFromJobSchedule",
    "method": "GET",
    "path": "/jobschedules/{jobScheduleId}/jobs",
    "parameters": [
      {
        "key": "jobScheduleId",
        "wireName": "jobScheduleId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "filter",
        "wireName": "$filter",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "expand",
        "wireName": "$expand",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "maxResults",
        "wireName": "maxresults",
        "in": "query",
        "required": false,
        "kind": "integer",
        "minimum": 1,
        "maximum": 1000
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "CloudJobListResult",
    "binaryResponse": false,
    "pageable": true,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Job_ListPreparationAndReleaseTaskStatus",
    "group": "job",
    "name": "listPreparationAndReleaseTaskStatus",
    "method": "GET",
    "path": "/jobs/{jobId}/jobpreparationandreleasetaskstatus",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "filter",
        "wireName": "$filter",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "maxResults",
        "wireName": "maxresults",
        "in": "query",
        "required": false,
        "kind": "integer",
        "minimum": 1,
        "maximum": 1000
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "CloudJobListPreparationAndReleaseTaskStatusResult",
    "binaryResponse": false,
    "pageable": true,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Job_Patch",
    "group": "job",
    "name": "patch",
    "method": "PATCH",
    "path": "/jobs/{jobId}",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "jobPatchParameter",
        "wireName": "jobPatchParameter",
        "in": "body",
        "required": true,
        "schema": "JobPatchParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Job_Terminate",
    "group": "job",
    "name": "terminate",
    "method": "POST",
    "path": "/jobs/{jobId}/terminate",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "jobTerminateParameter",
        "wireName": "jobTerminateParameter",
        "in": "body",
        "required": false,
        "schema": "JobTerminateParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "force",
        "wireName": "force",
        "in": "query",
        "required": false,
        "kind": "boolean"
      }
    ],
    "successCodes": [
      202
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Job_Update",
    "group": "job",
    "name": "update",
    "method": "PUT",
    "path": "/jobs/{jobId}",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "jobUpdateParameter",
        "wireName": "jobUpdateParameter",
        "in": "body",
        "required": true,
        "schema": "JobUpdateParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "JobSchedule_Add",
    "group": "jobSchedule",
    "name": "add",
    "method": "POST",
    "path": "/jobschedules",
    "parameters": [
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "cloudJobSchedule",
        "wireName": "cloudJobSchedule",
        "in": "body",
        "required": true,
        "schema": "JobScheduleAddParameter"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      201
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "JobSchedule_Delete",
    "group": "jobSchedule",
    "name": "delete",
    "method": "DELETE",
    "path": "/jobschedules/{jobScheduleId}",
    "parameters": [
      {
        "key": "jobScheduleId",
        "wireName": "jobScheduleId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "force",
        "wireName": "force",
        "in": "query",
        "required": false,
        "kind": "boolean"
      }
    ],
    "successCodes": [
      202
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "request-id"
    ]
  },
  {
    "operationId": "JobSchedule_Disable",
    "group": "jobSchedule",
    "name": "disable",
    "method": "POST",
    "path": "/jobschedules/{jobScheduleId}/disable",
    "parameters": [
      {
        "key": "jobScheduleId",
        "wireName": "jobScheduleId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      204
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "JobSchedule_Enable",
    "group": "jobSchedule",
    "name": "enable",
    "method": "POST",
    "path": "/jobschedules/{jobScheduleId}/enable",
    "parameters": [
      {
        "key": "jobScheduleId",
        "wireName": "jobScheduleId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      204
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "JobSchedule_Exists",
    "group": "jobSchedule",
    "name": "exists",
    "method": "HEAD",
    "path": "/jobschedules/{jobScheduleId}",
    "parameters": [
      {
        "key": "jobScheduleId",
        "wireName": "jobScheduleId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200,
      404
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "JobSchedule_Get",
    "group": "jobSchedule",
    "name": "get",
    "method": "GET",
    "path": "/jobschedules/{jobScheduleId}",
    "parameters": [
      {
        "key": "jobScheduleId",
        "wireName": "jobScheduleId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "expand",
        "wireName": "$expand",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "CloudJobSchedule",
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "JobSchedule_List",
    "group": "jobSchedule",
    "name": "list",
    "method": "GET",
    "path": "/jobschedules",
    "parameters": [
      {
        "key": "filter",
        "wireName": "$filter",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "expand",
        "wireName": "$expand",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "maxResults",
        "wireName": "maxresults",
        "in": "query",
        "required": false,
        "kind": "integer",
        "minimum": 1,
        "maximum": 1000
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "CloudJobScheduleListResult",
    "binaryResponse": false,
    "pageable": true,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "JobSchedule_Patch",
    "group": "jobSchedule",
    "name": "patch",
    "method": "PATCH",
    "path": "/jobschedules/{jobScheduleId}",
    "parameters": [
      {
        "key": "jobScheduleId",
        "wireName": "jobScheduleId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "jobSchedulePatchParameter",
        "wireName": "jobSchedulePatchParameter",
        "in": "body",
        "required": true,
        "schema": "JobSchedulePatchParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "JobSchedule_Terminate",
    "group": "jobSchedule",
    "name": "terminate",
    "method": "POST",
    "path": "/jobschedules/{jobScheduleId}/terminate",
    "parameters": [
      {
        "key": "jobScheduleId",
        "wireName": "jobScheduleId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "force",
        "wireName": "force",
        "in": "query",
        "required": false,
        "kind": "boolean"
      }
    ],
    "successCodes": [
      202
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "JobSchedule_Update",
    "group": "jobSchedule",
    "name": "update",
    "method": "PUT",
    "path": "/jobschedules/{jobScheduleId}",
    "parameters": [
      {
        "key": "jobScheduleId",
        "wireName": "jobScheduleId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "jobScheduleUpdateParameter",
        "wireName": "jobScheduleUpdateParameter",
        "in": "body",
        "required": true,
        "schema": "JobScheduleUpdateParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Pool_Add",
    "group": "pool",
    "name": "add",
    "method": "POST",
    "path": "/pools",
    "parameters": [
      {
        "key": "pool",
        "wireName": "pool",
        "in": "body",
        "required": true,
        "schema": "PoolAddParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      201
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Pool_Delete",
    "group": "pool",
    "name": "delete",
    "method": "DELETE",
    "path": "/pools/{poolId}",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      202
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "request-id"
    ]
  },
  {
    "operationId": "Pool_DisableAutoScale",
    "group": "pool",
    "name": "disableAutoScale",
    "method": "POST",
    "path": "/pools/{poolId}/disableautoscale",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Pool_EnableAutoScale",
    "group": "pool",
    "name": "enableAutoScale",
    "method": "POST",
    "path": "/pools/{poolId}/enableautoscale",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "poolEnableAutoScaleParameter",
        "wireName": "poolEnableAutoScaleParameter",
        "in": "body",
        "required": true,
        "schema": "PoolEnableAutoScaleParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Pool_EvaluateAutoScale",
    "group": "pool",
    "name": "evaluateAutoScale",
    "method": "POST",
    "path": "/pools/{poolId}/evaluateautoscale",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "poolEvaluateAutoScaleParameter",
        "wireName": "poolEvaluateAutoScaleParameter",
        "in": "body",
        "required": true,
        "schema": "PoolEvaluateAutoScaleParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "AutoScaleRun",
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Pool_Exists",
    "group": "pool",
    "name": "exists",
    "method": "HEAD",
    "path": "/pools/{poolId}",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200,
      404
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Pool_Get",
    "group": "pool",
    "name": "get",
    "method": "GET",
    "path": "/pools/{poolId}",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "expand",
        "wireName": "$expand",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "CloudPool",
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Pool_List",
    "group": "pool",
    "name": "list",
    "method": "GET",
    "path": "/pools",
    "parameters": [
      {
        "key": "filter",
        "wireName": "$filter",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "expand",
        "wireName": "$expand",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "maxResults",
        "wireName": "maxresults",
        "in": "query",
        "required": false,
        "kind": "integer",
        "minimum": 1,
        "maximum": 1000
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "CloudPoolListResult",
    "binaryResponse": false,
    "pageable": true,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Pool_ListUsageMetrics",
    "group": "pool",
    "name": "listUsageMetrics",
    "method": "GET",
    "path": "/poolusagemetrics",
    "parameters": [
      {
        "key": "startTime",
        "wireName": "starttime",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "endTime",
        "wireName": "endtime",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "filter",
        "wireName": "$filter",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "maxResults",
        "wireName": "maxresults",
        "in": "query",
        "required": false,
        "kind": "integer",
        "minimum": 1,
        "maximum": 1000
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "PoolListUsageMetricsResult",
    "binaryResponse": false,
    "pageable": true,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Pool_Patch",
    "group": "pool",
    "name": "patch",
    "method": "PATCH",
    "path": "/pools/{poolId}",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "poolPatchParameter",
        "wireName": "poolPatchParameter",
        "in": "body",
        "required": true,
        "schema": "PoolPatchParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Pool_RemoveNodes",
    "group": "pool",
    "name": "removeNodes",
    "method": "POST",
    "path": "/pools/{poolId}/removenodes",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "nodeRemoveParameter",
        "wireName": "nodeRemoveParameter",
        "in": "body",
        "required": true,
        "schema": "NodeRemoveParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      202
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Pool_Resize",
    "group": "pool",
    "name": "resize",
    "method": "POST",
    "path": "/pools/{poolId}/resize",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "poolResizeParameter",
        "wireName": "poolResizeParameter",
        "in": "body",
        "required": true,
        "schema": "PoolResizeParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      202
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Pool_StopResize",
    "group": "pool",
    "name": "stopResize",
    "method": "POST",
    "path": "/pools/{poolId}/stopresize",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      202
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Pool_UpdateProperties",
    "group": "pool",
    "name": "updateProperties",
    "method": "POST",
    "path": "/pools/{poolId}/updateproperties",
    "parameters": [
      {
        "key": "poolId",
        "wireName": "poolId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "poolUpdatePropertiesParameter",
        "wireName": "poolUpdatePropertiesParameter",
        "in": "body",
        "required": true,
        "schema": "PoolUpdatePropertiesParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      204
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Task_Add",
    "group": "task",
    "name": "add",
    "method": "POST",
    "path": "/jobs/{jobId}/tasks",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "task",
        "wireName": "task",
        "in": "body",
        "required": true,
        "schema": "TaskAddParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      201
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Task_AddCollection",
    "group": "task",
    "name": "addCollection",
    "method": "POST",
    "path": "/jobs/{jobId}/addtaskcollection",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "taskCollection",
        "wireName": "taskCollection",
        "in": "body",
        "required": true,
        "schema": "TaskAddCollectionParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "TaskAddCollectionResult",
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "request-id"
    ]
  },
  {
    "operationId": "Task_Delete",
    "group": "task",
    "name": "delete",
    "method": "DELETE",
    "path": "/jobs/{jobId}/tasks/{taskId}",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "taskId",
        "wireName": "taskId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "request-id"
    ]
  },
  {
    "operationId": "Task_Get",
    "group": "task",
    "name": "get",
    "method": "GET",
    "path": "/jobs/{jobId}/tasks/{taskId}",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "taskId",
        "wireName": "taskId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "expand",
        "wireName": "$expand",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "CloudTask",
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Task_List",
    "group": "task",
    "name": "list",
    "method": "GET",
    "path": "/jobs/{jobId}/tasks",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "filter",
        "wireName": "$filter",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "expand",
        "wireName": "$expand",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "maxResults",
        "wireName": "maxresults",
        "in": "query",
        "required": false,
        "kind": "integer",
        "minimum": 1,
        "maximum": 1000
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "CloudTaskListResult",
    "binaryResponse": false,
    "pageable": true,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Task_ListSubtasks",
    "group": "task",
    "name": "listSubtasks",
    "method": "GET",
    "path": "/jobs/{jobId}/tasks/{taskId}/subtasksinfo",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "taskId",
        "wireName": "taskId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "select",
        "wireName": "$select",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "responseSchema": "CloudTaskListSubtasksResult",
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Task_Reactivate",
    "group": "task",
    "name": "reactivate",
    "method": "POST",
    "path": "/jobs/{jobId}/tasks/{taskId}/reactivate",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "taskId",
        "wireName": "taskId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      204
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Task_Terminate",
    "group": "task",
    "name": "terminate",
    "method": "POST",
    "path": "/jobs/{jobId}/tasks/{taskId}/terminate",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "taskId",
        "wireName": "taskId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      204
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  },
  {
    "operationId": "Task_Update",
    "group": "task",
    "name": "update",
    "method": "PUT",
    "path": "/jobs/{jobId}/tasks/{taskId}",
    "parameters": [
      {
        "key": "jobId",
        "wireName": "jobId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "taskId",
        "wireName": "taskId",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "key": "taskUpdateParameter",
        "wireName": "taskUpdateParameter",
        "in": "body",
        "required": true,
        "schema": "TaskUpdateParameter"
      },
      {
        "key": "timeout",
        "wireName": "timeout",
        "in": "query",
        "required": false,
        "kind": "integer"
      },
      {
        "key": "clientRequestId",
        "wireName": "client-request-id",
        "in": "header",
        "required": false,
        "kind": "uuid"
      },
      {
        "key": "returnClientRequestId",
        "wireName": "return-client-request-id",
        "in": "header",
        "required": false,
        "kind": "boolean"
      },
      {
        "key": "ocpDate",
        "wireName": "ocp-date",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifMatch",
        "wireName": "If-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifNoneMatch",
        "wireName": "If-None-Match",
        "in": "header",
        "required": false,
        "kind": "string"
      },
      {
        "key": "ifModifiedSince",
        "wireName": "If-Modified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      },
      {
        "key": "ifUnmodifiedSince",
        "wireName": "If-Unmodified-Since",
        "in": "header",
        "required": false,
        "kind": "date-time-rfc1123"
      }
    ],
    "successCodes": [
      200
    ],
    "binaryResponse": false,
    "pageable": false,
    "responseHeaders": [
      "client-request-id",
      "dataserviceid",
      "etag",
      "last-modified",
      "request-id"
    ]
  }
];
