// generated — do not edit. Produced by scripts/codegen from BatchService.json (api-version 2024-07-01.20.0): operation parameters and signatures.

import type { Readable } from "node:stream";
import type { Pager } from "../http/paging.js";
import type { ApplicationSummary, AutoScaleRun, Certificate, CertificateAddParameter, CloudJob, CloudJobSchedule, CloudPool, CloudTask, CloudTaskListSubtasksResult, ComputeNode, ComputeNodeGetRemoteLoginSettingsResult, ComputeNodeUser, ImageInformation, JobAddParameter, JobDisableParameter, JobPatchParameter, JobPreparationAndReleaseTaskExecutionInformation, JobScheduleAddParameter, JobSchedulePatchParameter, JobScheduleUpdateParameter, JobTerminateParameter, JobUpdateParameter, NodeDeallocateParameter, NodeDisableSchedulingParameter, NodeFile, NodeRebootParameter, NodeReimageParameter, NodeRemoveParameter, NodeUpdateUserParameter, NodeVMExtension, PoolAddParameter, PoolEnableAutoScaleParameter, PoolEvaluateAutoScaleParameter, PoolNodeCounts, PoolPatchParameter, PoolResizeParameter, PoolUpdatePropertiesParameter, PoolUsageMetrics, TaskAddCollectionParameter, TaskAddCollectionResult, TaskAddParameter, TaskCountsResult, TaskUpdateParameter, UploadBatchServiceLogsConfiguration, UploadBatchServiceLogsResult } from "./models.generated.js";
import type { OperationOptions, OperationResponse } from "./operation-types.js";

/** Parameters of `Account_ListPoolNodeCounts` (GET /nodecounts). */
export interface AccountListPoolNodeCountsParameters extends OperationOptions {
  /** Sent as the query parameter `$filter`. */
  filter?: string;
  /** Sent as the query parameter `maxresults`. */
  maxResults?: number;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Account_ListSupportedImages` (GET /supportedimages). */
export interface AccountListSupportedImagesParameters extends OperationOptions {
  /** Sent as the query parameter `$filter`. */
  filter?: string;
  /** Sent as the query parameter `maxresults`. */
  maxResults?: number;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Application_Get` (GET /applications/{applicationId}). */
export interface ApplicationGetParameters extends OperationOptions {
  /** Sent as the path parameter `applicationId`. */
  applicationId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Application_List` (GET /applications). */
export interface ApplicationListParameters extends OperationOptions {
  /** Sent as the query parameter `maxresults`. */
  maxResults?: number;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Certificate_Add` (POST /certificates). */
export interface CertificateAddParameters extends OperationOptions {
  /** Sent as the request body. */
  certificate: CertificateAddParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Certificate_CancelDeletion` (POST /certificates(thumbprintAlgorithm={thumbprintAlgorithm},thumbprint={thumbprint})/canceldelete). */
export interface CertificateCancelDeletionParameters extends OperationOptions {
  /** Sent as the path parameter `thumbprintAlgorithm`. */
  thumbprintAlgorithm: string;
  /** Sent as the path parameter `thumbprint`. */
  thumbprint: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Certificate_Delete` (DELETE /certificates(thumbprintAlgorithm={thumbprintAlgorithm},thumbprint={thumbprint})). */
export interface CertificateDeleteParameters extends OperationOptions {
  /** Sent as the path parameter `thumbprintAlgorithm`. */
  thumbprintAlgorithm: string;
  /** Sent as the path parameter `thumbprint`. */
  thumbprint: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Certificate_Get` (GET /certificates(thumbprintAlgorithm={thumbprintAlgorithm},thumbprint={thumbprint})). */
export interface CertificateGetParameters extends OperationOptions {
  /** Sent as the path parameter `thumbprintAlgorithm`. */
  thumbprintAlgorithm: string;
  /** Sent as the path parameter `thumbprint`. */
  thumbprint: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Certificate_List` (GET /certificates). */
export interface CertificateListParameters extends OperationOptions {
  /** Sent as the query parameter `$filter`. */
  filter?: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `maxresults`. */
  maxResults?: number;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `ComputeNode_AddUser` (POST /pools/{poolId}/nodes/{nodeId}/users). */
export interface ComputeNodeAddUserParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the request body. */
  user: ComputeNodeUser;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `ComputeNode_Deallocate` (POST /pools/{poolId}/nodes/{nodeId}/deallocate). */
export interface ComputeNodeDeallocateParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the request body. */
  nodeDeallocateParameter?: NodeDeallocateParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `ComputeNode_DeleteUser` (DELETE /pools/{poolId}/nodes/{nodeId}/users/{userName}). */
export interface ComputeNodeDeleteUserParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the path parameter `userName`. */
  userName: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `ComputeNode_DisableScheduling` (POST /pools/{poolId}/nodes/{nodeId}/disablescheduling). */
export interface ComputeNodeDisableSchedulingParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the request body. */
  nodeDisableSchedulingParameter?: NodeDisableSchedulingParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `ComputeNode_EnableScheduling` (POST /pools/{poolId}/nodes/{nodeId}/enablescheduling). */
export interface ComputeNodeEnableSchedulingParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `ComputeNode_Get` (GET /pools/{poolId}/nodes/{nodeId}). */
export interface ComputeNodeGetParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `ComputeNode_GetRemoteLoginSettings` (GET /pools/{poolId}/nodes/{nodeId}/remoteloginsettings). */
export interface ComputeNodeGetRemoteLoginSettingsParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `ComputeNode_List` (GET /pools/{poolId}/nodes). */
export interface ComputeNodeListParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the query parameter `$filter`. */
  filter?: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `maxresults`. */
  maxResults?: number;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `ComputeNode_Reboot` (POST /pools/{poolId}/nodes/{nodeId}/reboot). */
export interface ComputeNodeRebootParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the request body. */
  nodeRebootParameter?: NodeRebootParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `ComputeNode_Reimage` (POST /pools/{poolId}/nodes/{nodeId}/reimage). */
export interface ComputeNodeReimageParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the request body. */
  nodeReimageParameter?: NodeReimageParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `ComputeNode_Start` (POST /pools/{poolId}/nodes/{nodeId}/start). */
export interface ComputeNodeStartParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `ComputeNode_UpdateUser` (PUT /pools/{poolId}/nodes/{nodeId}/users/{userName}). */
export interface ComputeNodeUpdateUserParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the path parameter `userName`. */
  userName: string;
  /** Sent as the request body. */
  nodeUpdateUserParameter: NodeUpdateUserParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `ComputeNode_UploadBatchServiceLogs` (POST /pools/{poolId}/nodes/{nodeId}/uploadbatchservicelogs). */
export interface ComputeNodeUploadBatchServiceLogsParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the request body. */
  uploadBatchServiceLogsConfiguration: UploadBatchServiceLogsConfiguration;
}

/** Parameters of `ComputeNodeExtension_Get` (GET /pools/{poolId}/nodes/{nodeId}/extensions/{extensionName}). */
export interface ComputeNodeExtensionGetParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the path parameter `extensionName`. */
  extensionName: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `ComputeNodeExtension_List` (GET /pools/{poolId}/nodes/{nodeId}/extensions). */
export interface ComputeNodeExtensionListParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `maxresults`. */
  maxResults?: number;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `File_DeleteFromComputeNode` (DELETE /pools/{poolId}/nodes/{nodeId}/files/{filePath}). */
export interface FileDeleteFromComputeNodeParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the path parameter `filePath`. */
  filePath: string;
  /** Sent as the query parameter `recursive`. */
  recursive?: boolean;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `File_DeleteFromTask` (DELETE /jobs/{jobId}/tasks/{taskId}/files/{filePath}). */
export interface FileDeleteFromTaskParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the path parameter `taskId`. */
  taskId: string;
  /** Sent as the path parameter `filePath`. */
  filePath: string;
  /** Sent as the query parameter `recursive`. */
  recursive?: boolean;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `File_GetFromComputeNode` (GET /pools/{poolId}/nodes/{nodeId}/files/{filePath}). */
export interface FileGetFromComputeNodeParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the path parameter `filePath`. */
  filePath: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `ocp-range`. */
  ocpRange?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `File_GetFromTask` (GET /jobs/{jobId}/tasks/{taskId}/files/{filePath}). */
export interface FileGetFromTaskParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the path parameter `taskId`. */
  taskId: string;
  /** Sent as the path parameter `filePath`. */
  filePath: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `ocp-range`. */
  ocpRange?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `File_GetPropertiesFromComputeNode` (HEAD /pools/{poolId}/nodes/{nodeId}/files/{filePath}). */
export interface FileGetPropertiesFromComputeNodeParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the path parameter `filePath`. */
  filePath: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `File_GetPropertiesFromTask` (HEAD /jobs/{jobId}/tasks/{taskId}/files/{filePath}). */
export interface FileGetPropertiesFromTaskParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the path parameter `taskId`. */
  taskId: string;
  /** Sent as the path parameter `filePath`. */
  filePath: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `File_ListFromComputeNode` (GET /pools/{poolId}/nodes/{nodeId}/files). */
export interface FileListFromComputeNodeParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the path parameter `nodeId`. */
  nodeId: string;
  /** Sent as the query parameter `$filter`. */
  filter?: string;
  /** Sent as the query parameter `recursive`. */
  recursive?: boolean;
  /** Sent as the query parameter `maxresults`. */
  maxResults?: number;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `File_ListFromTask` (GET /jobs/{jobId}/tasks/{taskId}/files). */
export interface FileListFromTaskParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the path parameter `taskId`. */
  taskId: string;
  /** Sent as the query parameter `$filter`. */
  filter?: string;
  /** Sent as the query parameter `recursive`. */
  recursive?: boolean;
  /** Sent as the query parameter `maxresults`. */
  maxResults?: number;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Job_Add` (POST /jobs). */
export interface JobAddParameters extends OperationOptions {
  /** Sent as the request body. */
  job: JobAddParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Job_Delete` (DELETE /jobs/{jobId}). */
export interface JobDeleteParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
  /** Sent as the query parameter `force`. */
  force?: boolean;
}

/** Parameters of `Job_Disable` (POST /jobs/{jobId}/disable). */
export interface JobDisableParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the request body. */
  jobDisableParameter: JobDisableParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Job_Enable` (POST /jobs/{jobId}/enable). */
export interface JobEnableParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Job_Get` (GET /jobs/{jobId}). */
export interface JobGetParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `$expand`. */
  expand?: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Job_GetTaskCounts` (GET /jobs/{jobId}/taskcounts). */
export interface JobGetTaskCountsParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Job_List` (GET /jobs). */
export interface JobListParameters extends OperationOptions {
  /** Sent as the query parameter `$filter`. */
  filter?: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `$expand`. */
  expand?: string;
  /** Sent as the query parameter `maxresults`. */
  maxResults?: number;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Job_ListFromJobSchedule` (GET /jobschedules/{jobScheduleId}/jobs). */
export interface JobListFromJobScheduleParameters extends OperationOptions {
  /** Sent as the path parameter `jobScheduleId`. */
  jobScheduleId: string;
  /** Sent as the query parameter `$filter`. */
  filter?: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `$expand`. */
  expand?: string;
  /** Sent as the query parameter `maxresults`. */
  maxResults?: number;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Job_ListPreparationAndReleaseTaskStatus` (GET /jobs/{jobId}/jobpreparationandreleasetaskstatus). */
export interface JobListPreparationAndReleaseTaskStatusParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the query parameter `$filter`. */
  filter?: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `maxresults`. */
  maxResults?: number;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Job_Patch` (PATCH /jobs/{jobId}). */
export interface JobPatchParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the request body. */
  jobPatchParameter: JobPatchParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Job_Terminate` (POST /jobs/{jobId}/terminate). */
export interface JobTerminateParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the request body. */
  jobTerminateParameter?: JobTerminateParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
  /** Sent as the query parameter `force`. */
  force?: boolean;
}

/** Parameters of `Job_Update` (PUT /jobs/{jobId}). */
export interface JobUpdateParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the request body. */
  jobUpdateParameter: JobUpdateParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `JobSchedule_Add` (POST /jobschedules). */
export interface JobScheduleAddParameters extends OperationOptions {
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the request body. */
  cloudJobSchedule: JobScheduleAddParameter;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `JobSchedule_Delete` (DELETE /jobschedules/{jobScheduleId}). */
export interface JobScheduleDeleteParameters extends OperationOptions {
  /** Sent as the path parameter `jobScheduleId`. */
  jobScheduleId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
  /** Sent as the query parameter `force`. */
  force?: boolean;
}

/** Parameters of `JobSchedule_Disable` (POST /jobschedules/{jobScheduleId}/disable). */
export interface JobScheduleDisableParameters extends OperationOptions {
  /** Sent as the path parameter `jobScheduleId`. */
  jobScheduleId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `JobSchedule_Enable` (POST /jobschedules/{jobScheduleId}/enable). */
export interface JobScheduleEnableParameters extends OperationOptions {
  /** Sent as the path parameter `jobScheduleId`. */
  jobScheduleId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `JobSchedule_Exists` (HEAD /jobschedules/{jobScheduleId}). */
export interface JobScheduleExistsParameters extends OperationOptions {
  /** Sent as the path parameter `jobScheduleId`. */
  jobScheduleId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `JobSchedule_Get` (GET /jobschedules/{jobScheduleId}). */
export interface JobScheduleGetParameters extends OperationOptions {
  /** Sent as the path parameter `jobScheduleId`. */
  jobScheduleId: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `$expand`. */
  expand?: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `JobSchedule_List` (GET /jobschedules). */
export interface JobScheduleListParameters extends OperationOptions {
  /** Sent as the query parameter `$filter`. */
  filter?: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `$expand`. */
  expand?: string;
  /** Sent as the query parameter `maxresults`. */
  maxResults?: number;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `JobSchedule_Patch` (PATCH /jobschedules/{jobScheduleId}). */
export interface JobSchedulePatchParameters extends OperationOptions {
  /** Sent as the path parameter `jobScheduleId`. */
  jobScheduleId: string;
  /** Sent as the request body. */
  jobSchedulePatchParameter: JobSchedulePatchParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `JobSchedule_Terminate` (POST /jobschedules/{jobScheduleId}/terminate). */
export interface JobScheduleTerminateParameters extends OperationOptions {
  /** Sent as the path parameter `jobScheduleId`. */
  jobScheduleId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
  /** Sent as the query parameter `force`. */
  force?: boolean;
}

/** Parameters of `JobSchedule_Update` (PUT /jobschedules/{jobScheduleId}). */
export interface JobScheduleUpdateParameters extends OperationOptions {
  /** Sent as the path parameter `jobScheduleId`. */
  jobScheduleId: string;
  /** Sent as the request body. */
  jobScheduleUpdateParameter: JobScheduleUpdateParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Pool_Add` (POST /pools). */
export interface PoolAddParameters extends OperationOptions {
  /** Sent as the request body. */
  pool: PoolAddParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Pool_Delete` (DELETE /pools/{poolId}). */
export interface PoolDeleteParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Pool_DisableAutoScale` (POST /pools/{poolId}/disableautoscale). */
export interface PoolDisableAutoScaleParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Pool_EnableAutoScale` (POST /pools/{poolId}/enableautoscale). */
export interface PoolEnableAutoScaleParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the request body. */
  poolEnableAutoScaleParameter: PoolEnableAutoScaleParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Pool_EvaluateAutoScale` (POST /pools/{poolId}/evaluateautoscale). */
export interface PoolEvaluateAutoScaleParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the request body. */
  poolEvaluateAutoScaleParameter: PoolEvaluateAutoScaleParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Pool_Exists` (HEAD /pools/{poolId}). */
export interface PoolExistsParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Pool_Get` (GET /pools/{poolId}). */
export interface PoolGetParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `$expand`. */
  expand?: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Pool_List` (GET /pools). */
export interface PoolListParameters extends OperationOptions {
  /** Sent as the query parameter `$filter`. */
  filter?: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `$expand`. */
  expand?: string;
  /** Sent as the query parameter `maxresults`. */
  maxResults?: number;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Pool_ListUsageMetrics` (GET /poolusagemetrics). */
export interface PoolListUsageMetricsParameters extends OperationOptions {
  /** Sent as the query parameter `starttime`. */
  startTime?: Date | string;
  /** Sent as the query parameter `endtime`. */
  endTime?: Date | string;
  /** Sent as the query parameter `$filter`. */
  filter?: string;
  /** Sent as the query parameter `maxresults`. */
  maxResults?: number;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Pool_Patch` (PATCH /pools/{poolId}). */
export interface PoolPatchParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the request body. */
  poolPatchParameter: PoolPatchParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Pool_RemoveNodes` (POST /pools/{poolId}/removenodes). */
export interface PoolRemoveNodesParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the request body. */
  nodeRemoveParameter: NodeRemoveParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Pool_Resize` (POST /pools/{poolId}/resize). */
export interface PoolResizeParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the request body. */
  poolResizeParameter: PoolResizeParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Pool_StopResize` (POST /pools/{poolId}/stopresize). */
export interface PoolStopResizeParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Pool_UpdateProperties` (POST /pools/{poolId}/updateproperties). */
export interface PoolUpdatePropertiesParameters extends OperationOptions {
  /** Sent as the path parameter `poolId`. */
  poolId: string;
  /** Sent as the request body. */
  poolUpdatePropertiesParameter: PoolUpdatePropertiesParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Task_Add` (POST /jobs/{jobId}/tasks). */
export interface TaskAddParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the request body. */
  task: TaskAddParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Task_AddCollection` (POST /jobs/{jobId}/addtaskcollection). */
export interface TaskAddCollectionParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the request body. */
  taskCollection: TaskAddCollectionParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Task_Delete` (DELETE /jobs/{jobId}/tasks/{taskId}). */
export interface TaskDeleteParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the path parameter `taskId`. */
  taskId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Task_Get` (GET /jobs/{jobId}/tasks/{taskId}). */
export interface TaskGetParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the path parameter `taskId`. */
  taskId: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `$expand`. */
  expand?: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Task_List` (GET /jobs/{jobId}/tasks). */
export interface TaskListParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the query parameter `$filter`. */
  filter?: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `$expand`. */
  expand?: string;
  /** Sent as the query parameter `maxresults`. */
  maxResults?: number;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Task_ListSubtasks` (GET /jobs/{jobId}/tasks/{taskId}/subtasksinfo). */
export interface TaskListSubtasksParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the path parameter `taskId`. */
  taskId: string;
  /** Sent as the query parameter `$select`. */
  select?: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
}

/** Parameters of `Task_Reactivate` (POST /jobs/{jobId}/tasks/{taskId}/reactivate). */
export interface TaskReactivateParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the path parameter `taskId`. */
  taskId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Task_Terminate` (POST /jobs/{jobId}/tasks/{taskId}/terminate). */
export interface TaskTerminateParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the path parameter `taskId`. */
  taskId: string;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** Parameters of `Task_Update` (PUT /jobs/{jobId}/tasks/{taskId}). */
export interface TaskUpdateParameters extends OperationOptions {
  /** Sent as the path parameter `jobId`. */
  jobId: string;
  /** Sent as the path parameter `taskId`. */
  taskId: string;
  /** Sent as the request body. */
  taskUpdateParameter: TaskUpdateParameter;
  /** Sent as the query parameter `timeout`. */
  timeout?: number;
  /** Sent as the header parameter `client-request-id`. */
  clientRequestId?: string;
  /** Sent as the header parameter `return-client-request-id`. */
  returnClientRequestId?: boolean;
  /** Sent as the header parameter `ocp-date`. */
  ocpDate?: Date | string;
  /** Sent as the header parameter `If-Match`. */
  ifMatch?: string;
  /** Sent as the header parameter `If-None-Match`. */
  ifNoneMatch?: string;
  /** Sent as the header parameter `If-Modified-Since`. */
  ifModifiedSince?: Date | string;
  /** Sent as the header parameter `If-Unmodified-Since`. */
  ifUnmodifiedSince?: Date | string;
}

/** The operations of the Batch REST contract, grouped by operation id prefix. */
export interface ProtocolOperationGroups {
  /** Operations whose id starts with `Account_`. */
  readonly account: {
    /** Calls `Account_ListPoolNodeCounts`: GET /nodecounts. */
    listPoolNodeCounts(parameters?: AccountListPoolNodeCountsParameters): Pager<PoolNodeCounts>;
    /** Calls `Account_ListSupportedImages`: GET /supportedimages. */
    listSupportedImages(parameters?: AccountListSupportedImagesParameters): Pager<ImageInformation>;
  };
  /** Operations whose id starts with `Application_`. */
  readonly application: {
    /** Calls `Application_Get`: GET /applications/{applicationId}. */
    get(parameters: ApplicationGetParameters): Promise<OperationResponse<ApplicationSummary>>;
    /** Calls `Application_List`: GET /applications. */
    list(parameters?: ApplicationListParameters): Pager<ApplicationSummary>;
  };
  /** Operations whose id starts with `Certificate_`. */
  readonly certificate: {
    /** Calls `Certificate_Add`: POST /certificates. */
    add(parameters: CertificateAddParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Certificate_CancelDeletion`: POST /certificates(thumbprintAlgorithm={thumbprintAlgorithm},thumbprint={thumbprint})/canceldelete. */
    cancelDeletion(parameters: CertificateCancelDeletionParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Certificate_Delete`: DELETE /certificates(thumbprintAlgorithm={thumbprintAlgorithm},thumbprint={thumbprint}). */
    delete(parameters: CertificateDeleteParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Certificate_Get`: GET /certificates(thumbprintAlgorithm={thumbprintAlgorithm},thumbprint={thumbprint}). */
    get(parameters: CertificateGetParameters): Promise<OperationResponse<Certificate>>;
    /** Calls `Certificate_List`: GET /certificates. */
    list(parameters?: CertificateListParameters): Pager<Certificate>;
  };
  /** Operations whose id starts with `ComputeNode_`. */
  readonly computeNode: {
    /** Calls `ComputeNode_AddUser`: POST /pools/{poolId}/nodes/{nodeId}/users. */
    addUser(parameters: ComputeNodeAddUserParameters): Promise<OperationResponse<undefined>>;
    /** Calls `ComputeNode_Deallocate`: POST /pools/{poolId}/nodes/{nodeId}/deallocate. */
    deallocate(parameters: ComputeNodeDeallocateParameters): Promise<OperationResponse<undefined>>;
    /** Calls `ComputeNode_DeleteUser`: DELETE /pools/{poolId}/nodes/{nodeId}/users/{userName}. */
    deleteUser(parameters: ComputeNodeDeleteUserParameters): Promise<OperationResponse<undefined>>;
    /** Calls `ComputeNode_DisableScheduling`: POST /pools/{poolId}/nodes/{nodeId}/disablescheduling. */
    disableScheduling(parameters: ComputeNodeDisableSchedulingParameters): Promise<OperationResponse<undefined>>;
    /** Calls `ComputeNode_EnableScheduling`: POST /pools/{poolId}/nodes/{nodeId}/enablescheduling. */
    enableScheduling(parameters: ComputeNodeEnableSchedulingParameters): Promise<OperationResponse<undefined>>;
    /** Calls `ComputeNode_Get`: GET /pools/{poolId}/nodes/{nodeId}. */
    get(parameters: ComputeNodeGetParameters): Promise<OperationResponse<ComputeNode>>;
    /** Calls `ComputeNode_GetRemoteLoginSettings`: GET /pools/{poolId}/nodes/{nodeId}/remoteloginsettings. */
    getRemoteLoginSettings(parameters: ComputeNodeGetRemoteLoginSettingsParameters): Promise<OperationResponse<ComputeNodeGetRemoteLoginSettingsResult>>;
    /** Calls `ComputeNode_List`: GET /pools/{poolId}/nodes. */
    list(parameters: ComputeNodeListParameters): Pager<ComputeNode>;
    /** Calls `ComputeNode_Reboot`: POST /pools/{poolId}/nodes/{nodeId}/reboot. */
    reboot(parameters: ComputeNodeRebootParameters): Promise<OperationResponse<undefined>>;
    /** Calls `ComputeNode_Reimage`: POST /pools/{poolId}/nodes/{nodeId}/reimage. */
    reimage(parameters: ComputeNodeReimageParameters): Promise<OperationResponse<undefined>>;
    /** Calls `ComputeNode_Start`: POST /pools/{poolId}/nodes/{nodeId}/start. */
    start(parameters: ComputeNodeStartParameters): Promise<OperationResponse<undefined>>;
    /** Calls `ComputeNode_UpdateUser`: PUT /pools/{poolId}/nodes/{nodeId}/users/{userName}. */
    updateUser(parameters: ComputeNodeUpdateUserParameters): Promise<OperationResponse<undefined>>;
    /** Calls `ComputeNode_UploadBatchServiceLogs`: POST /pools/{poolId}/nodes/{nodeId}/uploadbatchservicelogs. */
    uploadBatchServiceLogs(parameters: ComputeNodeUploadBatchServiceLogsParameters): Promise<OperationResponse<UploadBatchServiceLogsResult>>;
  };
  /** Operations whose id starts with `ComputeNodeExtension_`. */
  readonly computeNodeExtension: {
    /** Calls `ComputeNodeExtension_Get`: GET /pools/{poolId}/nodes/{nodeId}/extensions/{extensionName}. */
    get(parameters: ComputeNodeExtensionGetParameters): Promise<OperationResponse<NodeVMExtension>>;
    /** Calls `ComputeNodeExtension_List`: GET /pools/{poolId}/nodes/{nodeId}/extensions. */
    list(parameters: ComputeNodeExtensionListParameters): Pager<NodeVMExtension>;
  };
  /** Operations whose id starts with `File_`. */
  readonly file: {
    /** Calls `File_DeleteFromComputeNode`: DELETE /pools/{poolId}/nodes/{nodeId}/files/{filePath}. */
    deleteFromComputeNode(parameters: FileDeleteFromComputeNodeParameters): Promise<OperationResponse<undefined>>;
    /** Calls `File_DeleteFromTask`: DELETE /jobs/{jobId}/tasks/{taskId}/files/{filePath}. */
    deleteFromTask(parameters: FileDeleteFromTaskParameters): Promise<OperationResponse<undefined>>;
    /** Calls `File_GetFromComputeNode`: GET /pools/{poolId}/nodes/{nodeId}/files/{filePath}. */
    getFromComputeNode(parameters: FileGetFromComputeNodeParameters): Promise<OperationResponse<Readable>>;
    /** Calls `File_GetFromTask`: GET /jobs/{jobId}/tasks/{taskId}/files/{filePath}. */
    getFromTask(parameters: FileGetFromTaskParameters): Promise<OperationResponse<Readable>>;
    /** Calls `File_GetPropertiesFromComputeNode`: HEAD /pools/{poolId}/nodes/{nodeId}/files/{filePath}. */
    getPropertiesFromComputeNode(parameters: FileGetPropertiesFromComputeNodeParameters): Promise<OperationResponse<undefined>>;
    /** Calls `File_GetPropertiesFromTask`: HEAD /jobs/{jobId}/tasks/{taskId}/files/{filePath}. */
    getPropertiesFromTask(parameters: FileGetPropertiesFromTaskParameters): Promise<OperationResponse<undefined>>;
    /** Calls `File_ListFromComputeNode`: GET /pools/{poolId}/nodes/{nodeId}/files. */
    listFromComputeNode(parameters: FileListFromComputeNodeParameters): Pager<NodeFile>;
    /** Calls `File_ListFromTask`: GET /jobs/{jobId}/tasks/{taskId}/files. */
    listFromTask(parameters: FileListFromTaskParameters): Pager<NodeFile>;
  };
  /** Operations whose id starts with `Job_`. */
  readonly job: {
    /** Calls `Job_Add`: POST /jobs. */
    add(parameters: JobAddParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Job_Delete`: DELETE /jobs/{jobId}. */
    delete(parameters: JobDeleteParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Job_Disable`: POST /jobs/{jobId}/disable. */
    disable(parameters: JobDisableParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Job_Enable`: POST /jobs/{jobId}/enable. */
    enable(parameters: JobEnableParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Job_Get`: GET /jobs/{jobId}. */
    get(parameters: JobGetParameters): Promise<OperationResponse<CloudJob>>;
    /** Calls `Job_GetTaskCounts`: GET /jobs/{jobId}/taskcounts. */
    getTaskCounts(parameters: JobGetTaskCountsParameters): Promise<OperationResponse<TaskCountsResult>>;
    /** Calls `Job_List`: GET /jobs. */
    list(parameters?: JobListParameters): Pager<CloudJob>;
    /** Calls `Job_ListFromJobSchedule`: GET /jobschedules/{jobScheduleId}/jobs. */
    listFromJobSchedule(parameters: JobListFromJobScheduleParameters): Pager<CloudJob>;
    /** Calls `Job_ListPreparationAndReleaseTaskStatus`: GET /jobs/{jobId}/jobpreparationandreleasetaskstatus. */
    listPreparationAndReleaseTaskStatus(parameters: JobListPreparationAndReleaseTaskStatusParameters): Pager<JobPreparationAndReleaseTaskExecutionInformation>;
    /** Calls `Job_Patch`: PATCH /jobs/{jobId}. */
    patch(parameters: JobPatchParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Job_Terminate`: POST /jobs/{jobId}/terminate. */
    terminate(parameters: JobTerminateParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Job_Update`: PUT /jobs/{jobId}. */
    update(parameters: JobUpdateParameters): Promise<OperationResponse<undefined>>;
  };
  /** Operations whose id starts with `JobSchedule_`. */
  readonly jobSchedule: {
    /** Calls `JobSchedule_Add`: POST /jobschedules. */
    add(parameters: JobScheduleAddParameters): Promise<OperationResponse<undefined>>;
    /** Calls `JobSchedule_Delete`: DELETE /jobschedules/{jobScheduleId}. */
    delete(parameters: JobScheduleDeleteParameters): Promise<OperationResponse<undefined>>;
    /** Calls `JobSchedule_Disable`: POST /jobschedules/{jobScheduleId}/disable. */
    disable(parameters: JobScheduleDisableParameters): Promise<OperationResponse<undefined>>;
    /** Calls `JobSchedule_Enable`: POST /jobschedules/{jobScheduleId}/enable. */
    enable(parameters: JobScheduleEnableParameters): Promise<OperationResponse<undefined>>;
    /** Calls `JobSchedule_Exists`: HEAD /jobschedules/{jobScheduleId}. */
    exists(parameters: JobScheduleExistsParameters): Promise<OperationResponse<undefined>>;
    /** Calls `JobSchedule_Get`: GET /jobschedules/{jobScheduleId}. */
    get(parameters: JobScheduleGetParameters): Promise<OperationResponse<CloudJobSchedule>>;
    /** Calls `JobSchedule_List`: GET /jobschedules. */
    list(parameters?: JobScheduleListParameters): Pager<CloudJobSchedule>;
    /** Calls `JobSchedule_Patch`: PATCH /jobschedules/{jobScheduleId}. */
    patch(parameters: JobSchedulePatchParameters): Promise<OperationResponse<undefined>>;
    /** Calls `JobSchedule_Terminate`: POST /jobschedules/{jobScheduleId}/terminate. */
    terminate(parameters: JobScheduleTerminateParameters): Promise<OperationResponse<undefined>>;
    /** Calls `JobSchedule_Update`: PUT /jobschedules/{jobScheduleId}. */
    update(parameters: JobScheduleUpdateParameters): Promise<OperationResponse<undefined>>;
  };
  /** Operations whose id starts with `Pool_`. */
  readonly pool: {
    /** Calls `Pool_Add`: POST /pools. */
    add(parameters: PoolAddParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Pool_Delete`: DELETE /pools/{poolId}. */
    delete(parameters: PoolDeleteParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Pool_DisableAutoScale`: POST /pools/{poolId}/disableautoscale. */
    disableAutoScale(parameters: PoolDisableAutoScaleParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Pool_EnableAutoScale`: POST /pools/{poolId}/enableautoscale. */
    enableAutoScale(parameters: PoolEnableAutoScaleParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Pool_EvaluateAutoScale`: POST /pools/{poolId}/evaluateautoscale. */
    evaluateAutoScale(parameters: PoolEvaluateAutoScaleParameters): Promise<OperationResponse<AutoScaleRun>>;
    /** Calls `Pool_Exists`: HEAD /pools/{poolId}. */
    exists(parameters: PoolExistsParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Pool_Get`: GET /pools/{poolId}. */
    get(parameters: PoolGetParameters): Promise<OperationResponse<CloudPool>>;
    /** Calls `Pool_List`: GET /pools. */
    list(parameters?: PoolListParameters): Pager<CloudPool>;
    /** Calls `Pool_ListUsageMetrics`: GET /poolusagemetrics. */
    listUsageMetrics(parameters?: PoolListUsageMetricsParameters): Pager<PoolUsageMetrics>;
    /** Calls `Pool_Patch`: PATCH /pools/{poolId}. */
    patch(parameters: PoolPatchParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Pool_RemoveNodes`: POST /pools/{poolId}/removenodes. */
    removeNodes(parameters: PoolRemoveNodesParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Pool_Resize`: POST /pools/{poolId}/resize. */
    resize(parameters: PoolResizeParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Pool_StopResize`: POST /pools/{poolId}/stopresize. */
    stopResize(parameters: PoolStopResizeParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Pool_UpdateProperties`: POST /pools/{poolId}/updateproperties. */
    updateProperties(parameters: PoolUpdatePropertiesParameters): Promise<OperationResponse<undefined>>;
  };
  /** Operations whose id starts with `Task_`. */
  readonly task: {
    /** Calls `Task_Add`: POST /jobs/{jobId}/tasks. */
    add(parameters: TaskAddParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Task_AddCollection`: POST /jobs/{jobId}/addtaskcollection. */
    addCollection(parameters: TaskAddCollectionParameters): Promise<OperationResponse<TaskAddCollectionResult>>;
    /** Calls `Task_Delete`: DELETE /jobs/{jobId}/tasks/{taskId}. */
    delete(parameters: TaskDeleteParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Task_Get`: GET /jobs/{jobId}/tasks/{taskId}. */
    get(parameters: TaskGetParameters): Promise<OperationResponse<CloudTask>>;
    /** Calls `Task_List`: GET /jobs/{jobId}/tasks. */
    list(parameters: TaskListParameters): Pager<CloudTask>;
    /** Calls `Task_ListSubtasks`: GET /jobs/{jobId}/tasks/{taskId}/subtasksinfo. */
    listSubtasks(parameters: TaskListSubtasksParameters): Promise<OperationResponse<CloudTaskListSubtasksResult>>;
    /** Calls `Task_Reactivate`: POST /jobs/{jobId}/tasks/{taskId}/reactivate. */
    reactivate(parameters: TaskReactivateParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Task_Terminate`: POST /jobs/{jobId}/tasks/{taskId}/terminate. */
    terminate(parameters: TaskTerminateParameters): Promise<OperationResponse<undefined>>;
    /** Calls `Task_Update`: PUT /jobs/{jobId}/tasks/{taskId}. */
    update(parameters: TaskUpdateParameters): Promise<OperationResponse<undefined>>;
  };
}
