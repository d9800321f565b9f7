// generated — do not edit. Produced by scripts/codegen from BatchService.json (api-version 2024-07-01.20.0): validation schemas.

import type { SchemaNode } from "./route-types.js";

/** Every definition of the Batch REST contract reduced to what request and response validation needs. */
export const definitions: Readonly<Record<string, SchemaNode>> = {
  "AccountListSupportedImagesResult": {
    "type": "object",
    "properties": {
      "value": {
        "type": "array",
        "items": {
          "ref": "ImageInformation"
        }
      },
      "odata.nextLink": {
        "type": "string"
      }
    }
  },
  "AffinityInformation": {
    "type": "object",
    "properties": {
      "affinityId": {
        "type": "string"
      }
    },
    "required": [
      "affinityId"
    ]
  },
  "ApplicationListResult": {
    "type": "object",
    "properties": {
      "value": {
        "type": "array",
        "items": {
          "ref": "ApplicationSummary"
        }
      },
      "odata.nextLink": {
        "type": "string"
      }
    }
  },
  "ApplicationPackageReference": {
    "type": "object",
    "properties": {
      "applicationId": {
        "type": "string"
      },
      "version": {
        "type": "string"
      }
    },
    "required": [
      "applicationId"
    ]
  },
  "ApplicationSummary": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "displayName": {
        "type": "string"
      },
      "versions": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "required": [
      "id",
      "displayName",
      "versions"
    ]
  },
  "AuthenticationTokenSettings": {
    "type": "object",
    "properties": {
      "access": {
        "type": "array",
        "items": {
          "type": "string",
          "enum": [
            "job"
          ]
        }
      }
    }
  },
  "AutoPoolSpecification": {
    "type": "object",
    "properties": {
      "autoPoolIdPrefix": {
        "type": "string"
      },
      "poolLifetimeOption": {
        "type": "string",
        "enum": [
          "jobschedule",
          "job"
        ]
      },
      "keepAlive": {
        "type": "boolean"
      },
      "pool": {
        "ref": "PoolSpecification"
      }
    },
    "required": [
      "poolLifetimeOption"
    ]
  },
  "AutoScaleRun": {
    "type": "object",
    "properties": {
      "timestamp": {
        "type": "string",
        "format": "date-time"
      },
      "results": {
        "type": "string"
      },
      "error": {
        "ref": "AutoScaleRunError"
      }
    },
    "required": [
      "timestamp"
    ]
  },
  "AutoScaleRunError": {
    "type": "object",
    "properties": {
      "code": {
        "type": "string"
      },
      "message": {
        "type": "string"
      },
      "values": {
        "type": "array",
        "items": {
          "ref": "NameValuePair"
        }
      }
    }
  },
  "AutoUserSpecification": {
    "type": "object",
    "properties": {
      "scope": {
        "type": "string",
        "enum": [
          "task",
          "pool"
        ]
      },
      "elevationLevel": {
        "ref": "ElevationLevel"
      }
    }
  },
  "AutomaticOSUpgradePolicy": {
    "type": "object",
    "properties": {
      "disableAutomaticRollback": {
        "type": "boolean"
      },
      "enableAutomaticOSUpgrade": {
        "type": "boolean"
      },
      "useRollingUpgradePolicy": {
        "type": "boolean"
      },
      "osRollingUpgradeDeferral": {
        "type": "boolean"
      }
    }
  },
  "AzureBlobFileSystemConfiguration": {
    "type": "object",
    "properties": {
      "accountName": {
        "type": "string"
      },
      "containerName": {
        "type": "string"
      },
      "accountKey": {
        "type": "string"
      },
      "sasKey": {
        "type": "string"
      },
      "blobfuseOptions": {
        "type": "string"
      },
      "relativeMountPath": {
        "type": "string"
      },
      "identityReference": {
        "ref": "ComputeNodeIdentityReference"
      }
    },
    "required": [
      "accountName",
      "containerName",
      "relativeMountPath"
    ]
  },
  "AzureFileShareConfiguration": {
    "type": "object",
    "properties": {
      "accountName": {
        "type": "string"
      },
      "azureFileUrl": {
        "type": "string"
      },
      "accountKey": {
        "type": "string"
      },
      "relativeMountPath": {
        "type": "string"
      },
      "mountOptions": {
        "type": "string"
      }
    },
    "required": [
      "accountName",
      "azureFileUrl",
      "accountKey",
      "relativeMountPath"
    ]
  },
  "BatchError": {
    "type": "object",
    "properties": {
      "code": {
        "type": "string"
      },
      "message": {
        "ref": "ErrorMessage"
      },
      "values": {
        "type": "array",
        "items": {
          "ref": "BatchErrorDetail"
        }
      }
    }
  },
  "BatchErrorDetail": {
    "type": "object",
    "properties": {
      "key": {
        "type": "string"
      },
      "value": {
        "type": "string"
      }
    }
  },
  "BatchPoolIdentity": {
    "type": "object",
    "properties": {
      "type": {
        "type": "string",
        "enum": [
          "UserAssigned",
          "None"
        ]
      },
      "userAssignedIdentities": {
        "type": "array",
        "items": {
          "ref": "UserAssignedIdentity"
        }
      }
    },
    "required": [
      "type"
    ]
  },
  "CIFSMountConfiguration": {
    "type": "object",
    "properties": {
      "username": {
        "type": "string"
      },
      "source": {
        "type": "string"
      },
      "relativeMountPath": {
        "type": "string"
      },
      "mountOptions": {
        "type": "string"
      },
      "password": {
        "type": "string"
      }
    },
    "required": [
      "username",
      "source",
      "password",
      "relativeMountPath"
    ]
  },
  "CachingType": {
    "type": "string",
    "enum": [
      "none",
      "readonly",
      "readwrite"
    ]
  },
  "Certificate": {
    "type": "object",
    "properties": {
      "thumbprint": {
        "type": "string"
      },
      "thumbprintAlgorithm": {
        "type": "string"
      },
      "url": {
        "type": "string"
      },
      "state": {
        "ref": "CertificateState"
      },
      "stateTransitionTime": {
        "type": "string",
        "format": "date-time"
      },
      "previousState": {
        "ref": "CertificateState"
      },
      "previousStateTransitionTime": {
        "type": "string",
        "format": "date-time"
      },
      "publicData": {
        "type": "string"
      },
      "deleteCertificateError": {
        "ref": "DeleteCertificateError"
      }
    }
  },
  "CertificateAddParameter": {
    "type": "object",
    "properties": {
      "thumbprint": {
        "type": "string"
      },
      "thumbprintAlgorithm": {
        "type": "string"
      },
      "data": {
        "type": "string"
      },
      "certificateFormat": {
        "type": "string",
        "enum": [
          "pfx",
          "cer"
        ]
      },
      "password": {
        "type": "string"
      }
    },
    "required": [
      "thumbprint",
      "thumbprintAlgorithm",
      "data"
    ]
  },
  "CertificateListResult": {
    "type": "object",
    "properties": {
      "value": {
        "type": "array",
        "items": {
          "ref": "Certificate"
        }
      },
      "odata.nextLink": {
        "type": "string"
      }
    }
  },
  "CertificateReference": {
    "type": "object",
    "properties": {
      "thumbprint": {
        "type": "string"
      },
      "thumbprintAlgorithm": {
        "type": "string"
      },
      "storeLocation": {
        "type": "string",
        "enum": [
          "currentuser",
          "localmachine"
        ]
      },
      "storeName": {
        "type": "string"
      },
      "visibility": {
        "type": "array",
        "items": {
          "type": "string",
          "enum": [
            "starttask",
            "task",
            "remoteuser"
          ]
        }
      }
    },
    "required": [
      "thumbprint",
      "thumbprintAlgorithm"
    ]
  },
  "CertificateState": {
    "type": "string",
    "enum": [
      "active",
      "deleting",
      "deletefailed"
    ]
  },
  "CloudJob": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "displayName": {
        "type": "string"
      },
      "usesTaskDependencies": {
        "type": "boolean"
      },
      "url": {
        "type": "string"
      },
      "eTag": {
        "type": "string"
      },
      "lastModified": {
        "type": "string",
        "format": "date-time"
      },
      "creationTime": {
        "type": "string",
        "format": "date-time"
      },
      "state": {
        "ref": "JobState"
      },
      "stateTransitionTime": {
        "type": "string",
        "format": "date-time"
      },
      "previousState": {
        "ref": "JobState"
      },
      "previousStateTransitionTime": {
        "type": "string",
        "format": "date-time"
      },
      "priority": {
        "type": "integer",
        "format": "int32"
      },
      "allowTaskPreemption": {
        "type": "boolean"
      },
      "maxParallelTasks": {
        "type": "integer",
        "format": "int32"
      },
      "constraints": {
        "ref": "JobConstraints"
      },
      "jobManagerTask": {
        "ref": "JobManagerTask"
      },
      "jobPreparationTask": {
        "ref": "JobPreparationTask"
      },
      "jobReleaseTask": {
        "ref": "JobReleaseTask"
      },
      "commonEnvironmentSettings": {
        "type": "array",
        "items": {
          "ref": "EnvironmentSetting"
        }
      },
      "poolInfo": {
        "ref": "PoolInformation"
      },
      "onAllTasksComplete": {
        "ref": "OnAllTasksComplete"
      },
      "onTaskFailure": {
        "ref": "OnTaskFailure"
      },
      "networkConfiguration": {
        "ref": "JobNetworkConfiguration"
      },
      "metadata": {
        "type": "array",
        "items": {
          "ref": "MetadataItem"
        }
      },
      "executionInfo": {
        "ref": "JobExecutionInformation"
      },
      "stats": {
        "ref": "JobStatistics"
      }
    }
  },
  "CloudJobListPreparationAndReleaseTaskStatusResult": {
    "type": "object",
    "properties": {
      "value": {
        "type": "array",
        "items": {
          "ref": "JobPreparationAndReleaseTaskExecutionInformation"
        }
      },
      "odata.nextLink": {
        "type": "string"
      }
    }
  },
  "CloudJobListResult": {
    "type": "object",
    "properties": {
      "value": {
        "type": "array",
        "items": {
          "ref": "CloudJob"
        }
      },
      "odata.nextLink": {
        "type": "string"
      }
    }
  },
  "CloudJobSchedule": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "displayName": {
        "type": "string"
      },
      "url": {
        "type": "string"
      },
      "eTag": {
        "type": "string"
      },
      "lastModified": {
        "type": "string",
        "format": "date-time"
      },
      "creationTime": {
        "type": "string",
        "format": "date-time"
      },
      "state": {
        "ref": "JobScheduleState"
      },
      "stateTransitionTime": {
        "type": "string",
        "format": "date-time"
      },
      "previousState": {
        "ref": "JobScheduleState"
      },
      "previousStateTransitionTime": {
        "type": "string",
        "format": "date-time"
      },
      "schedule": {
        "ref": "Schedule"
      },
      "jobSpecification": {
        "ref": "JobSpecification"
      },
      "executionInfo": {
        "ref": "JobScheduleExecutionInformation"
      },
      "metadata": {
        "type": "array",
        "items": {
          "ref": "MetadataItem"
        }
      },
      "stats": {
        "ref": "JobScheduleStatistics"
      }
    }
  },
  "CloudJobScheduleListResult": {
    "type": "object",
    "properties": {
      "value": {
        "type": "array",
        "items": {
          "ref": "CloudJobSchedule"
        }
      },
      "odata.nextLink": {
        "type": "string"
      }
    }
  },
  "CloudPool": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "displayName": {
        "type": "string"
      },
      "url": {
        "type": "string"
      },
      "eTag": {
        "type": "string"
      },
      "lastModified": {
        "type": "string",
        "format": "date-time"
      },
      "creationTime": {
        "type": "string",
        "format": "date-time"
      },
      "state": {
        "type": "string",
        "enum": [
          "active",
          "deleting"
        ]
      },
      "stateTransitionTime": {
        "type": "string",
        "format": "date-time"
      },
      "allocationState": {
        "type": "string",
        "enum": [
          "steady",
          "resizing",
          "stopping"
        ]
      },
      "allocationStateTransitionTime": {
        "type": "string",
        "format": "date-time"
      },
      "vmSize": {
        "type": "string"
      },
      "virtualMachineConfiguration": {
        "ref": "VirtualMachineConfiguration"
      },
      "resizeTimeout": {
        "type": "string",
        "format": "duration"
      },
      "resizeErrors": {
        "type": "array",
        "items": {
          "ref": "ResizeError"
        }
      },
      "currentDedicatedNodes": {
        "type": "integer",
        "format": "int32"
      },
      "currentLowPriorityNodes": {
        "type": "integer",
        "format": "int32"
      },
      "targetDedicatedNodes": {
        "type": "integer",
        "format": "int32"
      },
      "targetLowPriorityNodes": {
        "type": "integer",
        "format": "int32"
      },
      "enableAutoScale": {
        "type": "boolean"
      },
      "autoScaleFormula": {
        "type": "string"
      },
      "autoScaleEvaluationInterval": {
        "type": "string",
        "format": "duration"
      },
      "autoScaleRun": {
        "ref": "AutoScaleRun"
      },
      "enableInterNodeCommunication": {
        "type": "boolean"
      },
      "networkConfiguration": {
        "ref": "NetworkConfiguration"
      },
      "startTask": {
        "ref": "StartTask"
      },
      "certificateReferences": {
        "type": "array",
        "items": {
          "ref": "CertificateReference"
        }
      },
      "applicationPackageReferences": {
        "type": "array",
        "items": {
          "ref": "ApplicationPackageReference"
        }
      },
      "taskSlotsPerNode": {
        "type": "integer",
        "format": "int32"
      },
      "taskSchedulingPolicy": {
        "ref": "TaskSchedulingPolicy"
      },
      "userAccounts": {
        "type": "array",
        "items": {
          "ref": "UserAccount"
        }
      },
      "metadata": {
        "type": "array",
        "items": {
          "ref": "MetadataItem"
        }
      },
      "stats": {
        "ref": "PoolStatistics"
      },
      "mountConfiguration": {
        "type": "array",
        "items": {
          "ref": "MountConfiguration"
        }
      },
      "identity": {
        "ref": "BatchPoolIdentity"
      },
      "targetNodeCommunicationMode": {
        "ref": "NodeCommunicationMode"
      },
      "currentNodeCommunicationMode": {
        "ref": "NodeCommunicationMode"
      },
      "upgradePolicy": {
        "ref": "UpgradePolicy"
      },
      "resourceTags": {
        "type": "object",
        "additionalProperties": {
          "type": "string"
        }
      }
    }
  },
  "CloudPoolListResult": {
    "type": "object",
    "properties": {
      "value": {
        "type": "array",
        "items": {
          "ref": "CloudPool"
        }
      },
      "odata.nextLink": {
        "type": "string"
      }
    }
  },
  "CloudTask": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "displayName": {
        "type": "string"
      },
      "url": {
        "type": "string"
      },
      "eTag": {
        "type": "string"
      },
      "lastModified": {
        "type": "string",
        "format": "date-time"
      },
      "creationTime": {
        "type": "string",
        "format": "date-time"
      },
      "exitConditions": {
        "ref": "ExitConditions"
      },
      "state": {
        "ref": "TaskState"
      },
      "stateTransitionTime": {
        "type": "string",
        "format": "date-time"
      },
      "previousState": {
        "ref": "TaskState"
      },
      "previousStateTransitionTime": {
        "type": "string",
        "format": "date-time"
      },
      "commandLine": {
        "type": "string"
      },
      "containerSettings": {
        "ref": "TaskContainerSettings"
      },
      "resourceFiles": {
        "type": "array",
        "items": {
          "ref": "ResourceFile"
        }
      },
      "outputFiles": {
        "type": "array",
        "items": {
          "ref": "OutputFile"
        }
      },
      "environmentSettings": {
        "type": "array",
        "items": {
          "ref": "EnvironmentSetting"
        }
      },
      "affinityInfo": {
        "ref": "AffinityInformation"
      },
      "constraints": {
        "ref": "TaskConstraints"
      },
      "requiredSlots": {
        "type": "integer",
        "format": "int32"
      },
      "userIdentity": {
        "ref": "UserIdentity"
      },
      "executionInfo": {
        "ref": "TaskExecutionInformation"
      },
      "nodeInfo": {
        "ref": "ComputeNodeInformation"
      },
      "multiInstanceSettings": {
        "ref": "MultiInstanceSettings"
      },
      "stats": {
        "ref": "TaskStatistics"
      },
      "dependsOn": {
        "ref": "TaskDependencies"
      },
      "applicationPackageReferences": {
        "type": "array",
        "items": {
          "ref": "ApplicationPackageReference"
        }
      },
      "authenticationTokenSettings": {
        "ref": "AuthenticationTokenSettings"
      }
    }
  },
  "CloudTaskListResult": {
    "type": "object",
    "properties": {
      "value": {
        "type": "array",
        "items": {
          "ref": "CloudTask"
        }
      },
      "odata.nextLink": {
        "type": "string"
      }
    }
  },
  "CloudTaskListSubtasksResult": {
    "type": "object",
    "properties": {
      "value": {
        "type": "array",
        "items": {
          "ref": "SubtaskInformation"
        }
      }
    }
  },
  "ComputeNode": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "url": {
        "type": "string"
      },
      "state": {
        "type": "string",
        "enum": [
          "idle",
          "rebooting",
          "reimaging",
          "running",
          "unusable",
          "creating",
          "starting",
          "waitingforstarttask",
          "starttaskfailed",
          "unknown",
          "leavingpool",
          "offline",
          "preempted",
          "upgradingos",
          "deallocated",
          "deallocating"
        ]
      },
      "schedulingState": {
        "type": "string",
        "enum": [
          "enabled",
          "disabled"
        ]
      },
      "stateTransitionTime": {
        "type": "string",
        "format": "date-time"
      },
      "lastBootTime": {
        "type": "string",
        "format": "date-time"
      },
      "allocationTime": {
        "type": "string",
        "format": "date-time"
      },
      "ipAddress": {
        "type": "string"
      },
      "affinityId": {
        "type": "string"
      },
      "vmSize": {
        "type": "string"
      },
      "totalTasksRun": {
        "type": "integer",
        "format": "int32"
      },
      "runningTasksCount": {
        "type": "integer",
        "format": "int32"
      },
      "runningTaskSlotsCount": {
        "type": "integer",
        "format": "int32"
      },
      "totalTasksSucceeded": {
        "type": "integer",
        "format": "int32"
      },
      "recentTasks": {
        "type": "array",
        "items": {
          "ref": "TaskInformation"
        }
      },
      "startTask": {
        "ref": "StartTask"
      },
      "startTaskInfo": {
        "ref": "StartTaskInformation"
      },
      "certificateReferences": {
        "type": "array",
        "items": {
          "ref": "CertificateReference"
        }
      },
      "errors": {
        "type": "array",
        "items": {
          "ref": "ComputeNodeError"
        }
      },
      "isDedicated": {
        "type": "boolean"
      },
      "endpointConfiguration": {
        "ref": "ComputeNodeEndpointConfiguration"
      },
      "nodeAgentInfo": {
        "ref": "NodeAgentInformation"
      },
      "virtualMachineInfo": {
        "ref": "VirtualMachineInfo"
      }
    }
  },
  "ComputeNodeDeallocationOption": {
    "type": "string",
    "enum": [
      "requeue",
      "terminate",
      "taskcompletion",
      "retaineddata"
    ]
  },
  "ComputeNodeEndpointConfiguration": {
    "type": "object",
    "properties": {
      "inboundEndpoints": {
        "type": "array",
        "items": {
          "ref": "InboundEndpoint"
        }
      }
    },
    "required": [
      "inboundEndpoints"
    ]
  },
  "ComputeNodeError": {
    "type": "object",
    "properties": {
      "code": {
        "type": "string"
      },
      "message": {
        "type": "string"
      },
      "errorDetails": {
        "type": "array",
        "items": {
          "ref": "NameValuePair"
        }
      }
    }
  },
  "ComputeNodeGetRemoteLoginSettingsResult": {
    "type": "object",
    "properties": {
      "remoteLoginIPAddress": {
        "type": "string"
      },
      "remoteLoginPort": {
        "type": "integer",
        "format": "int32"
      }
    },
    "required": [
      "remoteLoginIPAddress",
      "remoteLoginPort"
    ]
  },
  "ComputeNodeIdentityReference": {
    "type": "object",
    "properties": {
      "resourceId": {
        "type": "string"
      }
    }
  },
  "ComputeNodeInformation": {
    "type": "object",
    "properties": {
      "affinityId": {
        "type": "string"
      },
      "nodeUrl": {
        "type": "string"
      },
      "poolId": {
        "type": "string"
      },
      "nodeId": {
        "type": "string"
      },
      "taskRootDirectory": {
        "type": "string"
      },
      "taskRootDirectoryUrl": {
        "type": "string"
      }
    }
  },
  "ComputeNodeListResult": {
    "type": "object",
    "properties": {
      "value": {
        "type": "array",
        "items": {
          "ref": "ComputeNode"
        }
      },
      "odata.nextLink": {
        "type": "string"
      }
    }
  },
  "ComputeNodeUser": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "isAdmin": {
        "type": "boolean"
      },
      "expiryTime": {
        "type": "string",
        "format": "date-time"
      },
      "password": {
        "type": "string"
      },
      "sshPublicKey": {
        "type": "string"
      }
    },
    "required": [
      "name"
    ]
  },
  "ContainerConfiguration": {
    "type": "object",
    "properties": {
      "type": {
        "type": "string",
        "enum": [
          "dockerCompatible",
          "criCompatible"
        ]
      },
      "containerImageNames": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "containerRegistries": {
        "type": "array",
        "items": {
          "ref": "ContainerRegistry"
        }
      }
    },
    "required": [
      "type"
    ]
  },
  "ContainerHostBatchBindMountEntry": {
    "type": "object",
    "properties": {
      "source": {
        "ref": "ContainerHostDataPath"
      },
      "isReadOnly": {
        "type": "boolean"
      }
    }
  },
  "ContainerHostDataPath": {
    "type": "string",
    "enum": [
      "Shared",
      "Startup",
      "VfsMounts",
      "Task",
      "JobPrep",
      "Applications"
    ]
  },
  "ContainerRegistry": {
    "type": "object",
    "properties": {
      "username": {
        "type": "string"
      },
      "password": {
        "type": "string"
      },
      "registryServer": {
        "type": "string"
      },
      "identityReference": {
        "ref": "ComputeNodeIdentityReference"
      }
    }
  },
  "DataDisk": {
    "type": "object",
    "properties": {
      "lun": {
        "type": "integer",
        "format": "int32"
      },
      "caching": {
        "ref": "CachingType"
      },
      "diskSizeGB": {
        "type": "integer",
        "format": "int32"
      },
      "storageAccountType": {
        "ref": "StorageAccountType"
      }
    },
    "required": [
      "lun",
      "diskSizeGB"
    ]
  },
  "DeleteCertificateError": {
    "type": "object",
    "properties": {
      "code": {
        "type": "string"
      },
      "message": {
        "type": "string"
      },
      "values": {
        "type": "array",
        "items": {
          "ref": "NameValuePair"
        }
      }
    }
  },
  "DiffDiskPlacement": {
    "type": "string",
    "enum": [
      "CacheDisk"
    ]
  },
  "DiffDiskSettings": {
    "type": "object",
    "properties": {
      "placement": {
        "ref": "DiffDiskPlacement"
      }
    }
  },
  "DiskEncryptionConfiguration": {
    "type": "object",
    "properties": {
      "targets": {
        "type": "array",
        "items": {
          "type": "string",
          "enum": [
            "osdisk",
            "temporarydisk"
          ]
        }
      }
    }
  },
  "ElevationLevel": {
    "type": "string",
    "enum": [
      "nonadmin",
      "admin"
    ]
  },
  "EnvironmentSetting": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "value": {
        "type": "string"
      }
    },
    "required": [
      "name"
    ]
  },
  "ErrorCategory": {
    "type": "string",
    "enum": [
      "usererror",
      "servererror"
    ]
  },
  "ErrorMessage": {
    "type": "object",
    "properties": {
      "lang": {
        "type": "string"
      },
      "value": {
        "type": "string"
      }
    }
  },
  "ExitCodeMapping": {
    "type": "object",
    "properties": {
      "code": {
        "type": "integer",
        "format": "int32"
      },
      "exitOptions": {
        "ref": "ExitOptions"
      }
    },
    "required": [
      "code",
      "exitOptions"
    ]
  },
  "ExitCodeRangeMapping": {
    "type": "object",
    "properties": {
      "start": {
        "type": "integer",
        "format": "int32"
      },
      "end": {
        "type": "integer",
        "format": "int32"
      },
      "exitOptions": {
        "ref": "ExitOptions"
      }
    },
    "required": [
      "start",
      "end",
      "exitOptions"
    ]
  },
  "ExitConditions": {
    "type": "object",
    "properties": {
      "exitCodes": {
        "type": "array",
        "items": {
          "ref": "ExitCodeMapping"
        }
      },
      "exitCodeRanges": {
        "type": "array",
        "items": {
          "ref": "ExitCodeRangeMapping"
        }
      },
      "preProcessingError": {
        "ref": "ExitOptions"
      },
      "fileUploadError": {
        "ref": "ExitOptions"
      },
      "default": {
        "ref": "ExitOptions"
      }
    }
  },
  "ExitOptions": {
    "type": "object",
    "properties": {
      "jobAction": {
        "type": "string",
        "enum": [
          "none",
          "disable",
          "terminate"
        ]
      },
      "dependencyAction": {
        "type": "string",
        "enum": [
          "satisfy",
          "block"
        ]
      }
    }
  },
  "FileProperties": {
    "type": "object",
    "properties": {
      "creationTime": {
        "type": "string",
        "format": "date-time"
      },
      "lastModified": {
        "type": "string",
        "format": "date-time"
      },
      "contentLength": {
        "type": "integer",
        "format": "int64"
      },
      "contentType": {
        "type": "string"
      },
      "fileMode": {
        "type": "string"
      }
    },
    "required": [
      "lastModified",
      "contentLength"
    ]
  },
  "HttpHeader": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "value": {
        "type": "string"
      }
    },
    "required": [
      "name"
    ]
  },
  "IPAddressProvisioningType": {
    "type": "string",
    "enum": [
      "batchmanaged",
      "usermanaged",
      "nopublicipaddresses"
    ]
  },
  "ImageInformation": {
    "type": "object",
    "properties": {
      "nodeAgentSKUId": {
        "type": "string"
      },
      "imageReference": {
        "ref": "ImageReference"
      },
      "osType": {
        "type": "string",
        "enum": [
          "linux",
          "windows"
        ]
      },
      "capabilities": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "batchSupportEndOfLife": {
        "type": "string",
        "format": "date-time"
      },
      "verificationType": {
        "type": "string",
        "enum": [
          "verified",
          "unverified"
        ]
      }
    },
    "required": [
      "imageReference",
      "verificationType",
      "osType",
      "nodeAgentSKUId"
    ]
  },
  "ImageReference": {
    "type": "object",
    "properties": {
      "publisher": {
        "type": "string"
      },
      "offer": {
        "type": "string"
      },
      "sku": {
        "type": "string"
      },
      "version": {
        "type": "string"
      },
      "virtualMachineImageId": {
        "type": "string"
      },
      "exactVersion": {
        "type": "string"
      },
      "sharedGalleryImageId": {
        "type": "string"
      },
      "communityGalleryImageId": {
        "type": "string"
      }
    }
  },
  "InboundEndpoint": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "protocol": {
        "ref": "InboundEndpointProtocol"
      },
      "publicIPAddress": {
        "type": "string"
      },
      "publicFQDN": {
        "type": "string"
      },
      "frontendPort": {
        "type": "integer",
        "format": "int32"
      },
      "backendPort": {
        "type": "integer",
        "format": "int32"
      }
    },
    "required": [
      "name",
      "protocol",
      "publicIPAddress",
      "publicFQDN",
      "frontendPort",
      "backendPort"
    ]
  },
  "InboundEndpointProtocol": {
    "type": "string",
    "enum": [
      "tcp",
      "udp"
    ]
  },
  "InboundNATPool": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "protocol": {
        "ref": "InboundEndpointProtocol"
      },
      "backendPort": {
        "type": "integer",
        "format": "int32"
      },
      "frontendPortRangeStart": {
        "type": "integer",
        "format": "int32"
      },
      "frontendPortRangeEnd": {
        "type": "integer",
        "format": "int32"
      },
      "networkSecurityGroupRules": {
        "type": "array",
        "items": {
          "ref": "NetworkSecurityGroupRule"
        }
      }
    },
    "required": [
      "name",
      "protocol",
      "backendPort",
      "frontendPortRangeStart",
      "frontendPortRangeEnd"
    ]
  },
  "InstanceViewStatus": {
    "type": "object",
    "properties": {
      "code": {
        "type": "string"
      },
      "displayStatus": {
        "type": "string"
      },
      "level": {
        "type": "string",
        "enum": [
          "Error",
          "Info",
          "Warning"
        ]
      },
      "message": {
        "type": "string"
      },
      "time": {
        "type": "string"
      }
    }
  },
  "JobAddParameter": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "displayName": {
        "type": "string"
      },
      "priority": {
        "type": "integer",
        "format": "int32"
      },
      "maxParallelTasks": {
        "type": "integer",
        "format": "int32"
      },
      "allowTaskPreemption": {
        "type": "boolean"
      },
      "constraints": {
        "ref": "JobConstraints"
      },
      "jobManagerTask": {
        "ref": "JobManagerTask"
      },
      "jobPreparationTask": {
        "ref": "JobPreparationTask"
      },
      "jobReleaseTask": {
        "ref": "JobReleaseTask"
      },
      "commonEnvironmentSettings": {
        "type": "array",
        "items": {
          "ref": "EnvironmentSetting"
        }
      },
      "poolInfo": {
        "ref": "PoolInformation"
      },
      "onAllTasksComplete": {
        "ref": "OnAllTasksComplete"
      },
      "onTaskFailure": {
        "ref": "OnTaskFailure"
      },
      "metadata": {
        "type": "array",
        "items": {
          "ref": "MetadataItem"
        }
      },
      "usesTaskDependencies": {
        "type": "boolean"
      },
      "networkConfiguration": {
        "ref": "JobNetworkConfiguration"
      }
    },
    "required": [
      "id",
      "poolInfo"
    ]
  },
  "JobConstraints": {
    "type": "object",
    "properties": {
      "maxWallClockTime": {
        "type": "string",
        "format": "duration"
      },
      "maxTaskRetryCount": {
        "type": "integer",
        "format": "int32"
      }
    }
  },
  "JobDisableParameter": {
    "type": "object",
    "properties": {
      "disableTasks": {
        "type": "string",
        "enum": [
          "requeue",
          "terminate",
          "wait"
        ]
      }
    },
    "required": [
      "disableTasks"
    ]
  },
  "JobExecutionInformation": {
    "type": "object",
    "properties": {
      "startTime": {
        "type": "string",
        "format": "date-time"
      },
      "endTime": {
        "type": "string",
        "format": "date-time"
      },
      "poolId": {
        "type": "string"
      },
      "schedulingError": {
        "ref": "JobSchedulingError"
      },
      "terminateReason": {
        "type": "string"
      }
    },
    "required": [
      "startTime"
    ]
  },
  "JobManagerTask": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "displayName": {
        "type": "string"
      },
      "commandLine": {
        "type": "string"
      },
      "containerSettings": {
        "ref": "TaskContainerSettings"
      },
      "resourceFiles": {
        "type": "array",
        "items": {
          "ref": "ResourceFile"
        }
      },
      "outputFiles": {
        "type": "array",
        "items": {
          "ref": "OutputFile"
        }
      },
      "environmentSettings": {
        "type": "array",
        "items": {
          "ref": "EnvironmentSetting"
        }
      },
      "constraints": {
        "ref": "TaskConstraints"
      },
      "requiredSlots": {
        "type": "integer",
        "format": "int32"
      },
      "killJobOnCompletion": {
        "type": "boolean"
      },
      "userIdentity": {
        "ref": "UserIdentity"
      },
      "runExclusive": {
        "type": "boolean"
      },
      "applicationPackageReferences": {
        "type": "array",
        "items": {
          "ref": "ApplicationPackageReference"
        }
      },
      "authenticationTokenSettings": {
        "ref": "AuthenticationTokenSettings"
      },
      "allowLowPriorityNode": {
        "type": "boolean"
      }
    },
    "required": [
      "id",
      "commandLine"
    ]
  },
  "JobNetworkConfiguration": {
    "type": "object",
    "properties": {
      "subnetId": {
        "type": "string"
      },
      "skipWithdrawFromVNet": {
        "type": "boolean"
      }
    },
    "required": [
      "subnetId"
    ]
  },
  "JobPatchParameter": {
    "type": "object",
    "properties": {
      "priority": {
        "type": "integer",
        "format": "int32"
      },
      "maxParallelTasks": {
        "type": "integer",
        "format": "int32"
      },
      "allowTaskPreemption": {
        "type": "boolean"
      },
      "onAllTasksComplete": {
        "ref": "OnAllTasksComplete"
      },
      "constraints": {
        "ref": "JobConstraints"
      },
      "poolInfo": {
        "ref": "PoolInformation"
      },
      "networkConfiguration": {
        "ref": "JobNetworkConfiguration"
      },
      "metadata": {
        "type": "array",
        "items": {
          "ref": "MetadataItem"
        }
      }
    }
  },
  "JobPreparationAndReleaseTaskExecutionInformation": {
    "type": "object",
    "properties": {
      "poolId": {
        "type": "string"
      },
      "nodeId": {
        "type": "string"
      },
      "nodeUrl": {
        "type": "string"
      },
      "jobPreparationTaskExecutionInfo": {
        "ref": "JobPreparationTaskExecutionInformation"
      },
      "jobReleaseTaskExecutionInfo": {
        "ref": "JobReleaseTaskExecutionInformation"
      }
    }
  },
  "JobPreparationTask": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "commandLine": {
        "type": "string"
      },
      "containerSettings": {
        "ref": "TaskContainerSettings"
      },
      "resourceFiles": {
        "type": "array",
        "items": {
          "ref": "ResourceFile"
        }
      },
      "environmentSettings": {
        "type": "array",
        "items": {
          "ref": "EnvironmentSetting"
        }
      },
      "constraints": {
        "ref": "TaskConstraints"
      },
      "waitForSuccess": {
        "type": "boolean"
      },
      "userIdentity": {
        "ref": "UserIdentity"
      },
      "rerunOnNodeRebootAfterSuccess": {
        "type": "boolean"
      }
    },
    "required": [
      "commandLine"
    ]
  },
  "JobPreparationTaskExecutionInformation": {
    "type": "object",
    "properties": {
      "startTime": {
        "type": "string",
        "format": "date-time"
      },
      "endTime": {
        "type": "string",
        "format": "date-time"
      },
      "state": {
        "type": "string",
        "enum": [
          "running",
          "completed"
        ]
      },
      "taskRootDirectory": {
        "type": "string"
      },
      "taskRootDirectoryUrl": {
        "type": "string"
      },
      "exitCode": {
        "type": "integer",
        "format": "int32"
      },
      "containerInfo": {
        "ref": "TaskContainerExecutionInformation"
      },
      "failureInfo": {
        "ref": "TaskFailureInformation"
      },
      "retryCount": {
        "type": "integer",
        "format": "int32"
      },
      "lastRetryTime": {
        "type": "string",
        "format": "date-time"
      },
      "result": {
        "ref": "TaskExecutionResult"
      }
    },
    "required": [
      "startTime",
      "retryCount",
      "state"
    ]
  },
  "JobReleaseTask": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "commandLine": {
        "type": "string"
      },
      "containerSettings": {
        "ref": "TaskContainerSettings"
      },
      "resourceFiles": {
        "type": "array",
        "items": {
          "ref": "ResourceFile"
        }
      },
      "environmentSettings": {
        "type": "array",
        "items": {
          "ref": "EnvironmentSetting"
        }
      },
      "maxWallClockTime": {
        "type": "string",
        "format": "duration"
      },
      "retentionTime": {
        "type": "string",
        "format": "duration"
      },
      "userIdentity": {
        "ref": "UserIdentity"
      }
    },
    "required": [
      "commandLine"
    ]
  },
  "JobReleaseTaskExecutionInformation": {
    "type": "object",
    "properties": {
      "startTime": {
        "type": "string",
        "format": "date-time"
      },
      "endTime": {
        "type": "string",
        "format": "date-time"
      },
      "state": {
        "type": "string",
        "enum": [
          "running",
          "completed"
        ]
      },
      "taskRootDirectory": {
        "type": "string"
      },
      "taskRootDirectoryUrl": {
        "type": "string"
      },
      "exitCode": {
        "type": "integer",
        "format": "int32"
      },
      "containerInfo": {
        "ref": "TaskContainerExecutionInformation"
      },
      "failureInfo": {
        "ref": "TaskFailureInformation"
      },
      "result": {
        "ref": "TaskExecutionResult"
      }
    },
    "required": [
      "startTime",
      "state"
    ]
  },
  "JobScheduleAddParameter": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "displayName": {
        "type": "string"
      },
      "schedule": {
        "ref": "Schedule"
      },
      "jobSpecification": {
        "ref": "JobSpecification"
      },
      "metadata": {
        "type": "array",
        "items": {
          "ref": "MetadataItem"
        }
      }
    },
    "required": [
      "id",
      "schedule",
      "jobSpecification"
    ]
  },
  "JobScheduleExecutionInformation": {
    "type": "object",
    "properties": {
      "nextRunTime": {
        "type": "string",
        "format": "date-time"
      },
      "recentJob": {
        "ref": "RecentJob"
      },
      "endTime": {
        "type": "string",
        "format": "date-time"
      }
    }
  },
  "JobSchedulePatchParameter": {
    "type": "object",
    "properties": {
      "schedule": {
        "ref": "Schedule"
      },
      "jobSpecification": {
        "ref": "JobSpecification"
      },
      "metadata": {
        "type": "array",
        "items": {
          "ref": "MetadataItem"
        }
      }
    }
  },
  "JobScheduleState": {
    "type": "string",
    "enum": [
      "active",
      "completed",
      "disabled",
      "terminating",
      "deleting"
    ]
  },
  "JobScheduleStatistics": {
    "type": "object",
    "properties": {
      "url": {
        "type": "string"
      },
      "startTime": {
        "type": "string",
        "format": "date-time"
      },
      "lastUpdateTime": {
        "type": "string",
        "format": "date-time"
      },
      "userCPUTime": {
        "type": "string",
        "format": "duration"
      },
      "kernelCPUTime": {
        "type": "string",
        "format": "duration"
      },
      "wallClockTime": {
        "type": "string",
        "format": "duration"
      },
      "readIOps": {
        "type": "integer",
        "format": "int64"
      },
      "writeIOps": {
        "type": "integer",
        "format": "int64"
      },
      "readIOGiB": {
        "type": "number",
        "format": "double"
      },
      "writeIOGiB": {
        "type": "number",
        "format": "double"
      },
      "numSucceededTasks": {
        "type": "integer",
        "format": "int64"
      },
      "numFailedTasks": {
        "type": "integer",
        "format": "int64"
      },
      "numTaskRetries": {
        "type": "integer",
        "format": "int64"
      },
      "waitTime": {
        "type": "string",
        "format": "duration"
      }
    },
    "required": [
      "url",
      "startTime",
      "lastUpdateTime",
      "userCPUTime",
      "kernelCPUTime",
      "wallClockTime",
      "readIOps",
      "writeIOps",
      "readIOGiB",
      "writeIOGiB",
      "numSucceededTasks",
      "numFailedTasks",
      "numTaskRetries",
      "waitTime"
    ]
  },
  "JobScheduleUpdateParameter": {
    "type": "object",
    "properties": {
      "schedule": {
        "ref": "Schedule"
      },
      "jobSpecification": {
        "ref": "JobSpecification"
      },
      "metadata": {
        "type": "array",
        "items": {
          "ref": "MetadataItem"
        }
      }
    },
    "required": [
      "schedule",
      "jobSpecification"
    ]
  },
  "JobSchedulingError": {
    "type": "object",
    "properties": {
      "category": {
        "ref": "ErrorCategory"
      },
      "code": {
        "type": "string"
      },
      "message": {
        "type": "string"
      },
      "details": {
        "type": "array",
        "items": {
          "ref": "NameValuePair"
        }
      }
    },
    "required": [
      "category"
    ]
  },
  "JobSpecification": {
    "type": "object",
    "properties": {
      "priority": {
        "type": "integer",
        "format": "int32"
      },
      "allowTaskPreemption": {
        "type": "boolean"
      },
      "maxParallelTasks": {
        "type": "integer",
        "format": "int32"
      },
      "displayName": {
        "type": "string"
      },
      "usesTaskDependencies": {
        "type": "boolean"
      },
      "onAllTasksComplete": {
        "ref": "OnAllTasksComplete"
      },
      "onTaskFailure": {
        "ref": "OnTaskFailure"
      },
      "networkConfiguration": {
        "ref": "JobNetworkConfiguration"
      },
      "constraints": {
        "ref": "JobConstraints"
      },
      "jobManagerTask": {
        "ref": "JobManagerTask"
      },
      "jobPreparationTask": {
        "ref": "JobPreparationTask"
      },
      "jobReleaseTask": {
        "ref": "JobReleaseTask"
      },
      "commonEnvironmentSettings": {
        "type": "array",
        "items": {
          "ref": "EnvironmentSetting"
        }
      },
      "poolInfo": {
        "ref": "PoolInformation"
      },
      "metadata": {
        "type": "array",
        "items": {
          "ref": "MetadataItem"
        }
      }
    },
    "required": [
      "poolInfo"
    ]
  },
  "JobState": {
    "type": "string",
    "enum": [
      "active",
      "disabling",
      "disabled",
      "enabling",
      "terminating",
      "completed",
      "deleting"
    ]
  },
  "JobStatistics": {
    "type": "object",
    "properties": {
      "url": {
        "type": "string"
      },
      "startTime": {
        "type": "string",
        "format": "date-time"
      },
      "lastUpdateTime": {
        "type": "string",
        "format": "date-time"
      },
      "userCPUTime": {
        "type": "string",
        "format": "duration"
      },
      "kernelCPUTime": {
        "type": "string",
        "format": "duration"
      },
      "wallClockTime": {
        "type": "string",
        "format": "duration"
      },
      "readIOps": {
        "type": "integer",
        "format": "int64"
      },
      "writeIOps": {
        "type": "integer",
        "format": "int64"
      },
      "readIOGiB": {
        "type": "number",
        "format": "double"
      },
      "writeIOGiB": {
        "type": "number",
        "format": "double"
      },
      "numSucceededTasks": {
        "type": "integer",
        "format": "int64"
      },
      "numFailedTasks": {
        "type": "integer",
        "format": "int64"
      },
      "numTaskRetries": {
        "type": "integer",
        "format": "int64"
      },
      "waitTime": {
        "type": "string",
        "format": "duration"
      }
    },
    "required": [
      "url",
      "startTime",
      "lastUpdateTime",
      "userCPUTime",
      "kernelCPUTime",
      "wallClockTime",
      "readIOps",
      "writeIOps",
      "readIOGiB",
      "writeIOGiB",
      "numSucceededTasks",
      "numFailedTasks",
      "numTaskRetries",
      "waitTime"
    ]
  },
  "JobTerminateParameter": {
    "type": "object",
    "properties": {
      "terminateReason": {
        "type": "string"
      }
    }
  },
  "JobUpdateParameter": {
    "type": "object",
    "properties": {
      "priority": {
        "type": "integer",
        "format": "int32"
      },
      "maxParallelTasks": {
        "type": "integer",
        "format": "int32"
      },
      "allowTaskPreemption": {
        "type": "boolean"
      },
      "constraints": {
        "ref": "JobConstraints"
      },
      "poolInfo": {
        "ref": "PoolInformation"
      },
      "metadata": {
        "type": "array",
        "items": {
          "ref": "MetadataItem"
        }
      },
      "onAllTasksComplete": {
        "ref": "OnAllTasksComplete"
      }
    },
    "required": [
      "poolInfo"
    ]
  },
  "LinuxUserConfiguration": {
    "type": "object",
    "properties": {
      "uid": {
        "type": "integer",
        "format": "int32"
      },
      "gid": {
        "type": "integer",
        "format": "int32"
      },
      "sshPrivateKey": {
        "type": "string"
      }
    }
  },
  "ManagedDisk": {
    "type": "object",
    "properties": {
      "storageAccountType": {
        "ref": "StorageAccountType"
      },
      "securityProfile": {
        "ref": "VMDiskSecurityProfile"
      }
    }
  },
  "MetadataItem": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "value": {
        "type": "string"
      }
    },
    "required": [
      "name",
      "value"
    ]
  },
  "MountConfiguration": {
    "type": "object",
    "properties": {
      "azureBlobFileSystemConfiguration": {
        "ref": "AzureBlobFileSystemConfiguration"
      },
      "nfsMountConfiguration": {
        "ref": "NFSMountConfiguration"
      },
      "cifsMountConfiguration": {
        "ref": "CIFSMountConfiguration"
      },
      "azureFileShareConfiguration": {
        "ref": "AzureFileShareConfiguration"
      }
    }
  },
  "MultiInstanceSettings": {
    "type": "object",
    "properties": {
      "numberOfInstances": {
        "type": "integer",
        "format": "int32"
      },
      "coordinationCommandLine": {
        "type": "string"
      },
      "commonResourceFiles": {
        "type": "array",
        "items": {
          "ref": "ResourceFile"
        }
      }
    },
    "required": [
      "coordinationCommandLine"
    ]
  },
  "NFSMountConfiguration": {
    "type": "object",
    "properties": {
      "source": {
        "type": "string"
      },
      "relativeMountPath": {
        "type": "string"
      },
      "mountOptions": {
        "type": "string"
      }
    },
    "required": [
      "source",
      "relativeMountPath"
    ]
  },
  "NameValuePair": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "value": {
        "type": "string"
      }
    }
  },
  "NetworkConfiguration": {
    "type": "object",
    "properties": {
      "subnetId": {
        "type": "string"
      },
      "dynamicVNetAssignmentScope": {
        "type": "string",
        "enum": [
          "none",
          "job"
        ]
      },
      "endpointConfiguration": {
        "ref": "PoolEndpointConfiguration"
      },
      "publicIPAddressConfiguration": {
        "ref": "PublicIPAddressConfiguration"
      },
      "enableAcceleratedNetworking": {
        "type": "boolean"
      }
    }
  },
  "NetworkSecurityGroupRule": {
    "type": "object",
    "properties": {
      "priority": {
        "type": "integer",
        "format": "int32"
      },
      "access": {
        "type": "string",
        "enum": [
          "allow",
          "deny"
        ]
      },
      "sourceAddressPrefix": {
        "type": "string"
      },
      "sourcePortRanges": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "required": [
      "priority",
      "access",
      "sourceAddressPrefix"
    ]
  },
  "NodeAgentInformation": {
    "type": "object",
    "properties": {
      "version": {
        "type": "string"
      },
      "lastUpdateTime": {
        "type": "string",
        "format": "date-time"
      }
    },
    "required": [
      "version",
      "lastUpdateTime"
    ]
  },
  "NodeCommunicationMode": {
    "type": "string",
    "enum": [
      "default",
      "classic",
      "simplified"
    ]
  },
  "NodeCounts": {
    "type": "object",
    "properties": {
      "creating": {
        "type": "integer",
        "format": "int32"
      },
      "idle": {
        "type": "integer",
        "format": "int32"
      },
      "offline": {
        "type": "integer",
        "format": "int32"
      },
      "preempted": {
        "type": "integer",
        "format": "int32"
      },
      "rebooting": {
        "type": "integer",
        "format": "int32"
      },
      "reimaging": {
        "type": "integer",
        "format": "int32"
      },
      "running": {
        "type": "integer",
        "format": "int32"
      },
      "starting": {
        "type": "integer",
        "format": "int32"
      },
      "startTaskFailed": {
        "type": "integer",
        "format": "int32"
      },
      "leavingPool": {
        "type": "integer",
        "format": "int32"
      },
      "unknown": {
        "type": "integer",
        "format": "int32"
      },
      "unusable": {
        "type": "integer",
        "format": "int32"
      },
      "waitingForStartTask": {
        "type": "integer",
        "format": "int32"
      },
      "upgradingOS": {
        "type": "integer",
        "format": "int32"
      },
      "deallocated": {
        "type": "integer",
        "format": "int32"
      },
      "deallocating": {
        "type": "integer",
        "format": "int32"
      },
      "total": {
        "type": "integer",
        "format": "int32"
      }
    },
    "required": [
      "creating",
      "idle",
      "offline",
      "preempted",
      "rebooting",
      "reimaging",
      "running",
      "starting",
      "startTaskFailed",
      "leavingPool",
      "unknown",
      "unusable",
      "waitingForStartTask",
      "upgradingOS",
      "deallocated",
      "deallocating",
      "total"
    ]
  },
  "NodeDeallocateParameter": {
    "type": "object",
    "properties": {
      "nodeDeallocateOption": {
        "type": "string",
        "enum": [
          "requeue",
          "terminate",
          "taskcompletion",
          "retaineddata"
        ]
      }
    }
  },
  "NodeDisableSchedulingParameter": {
    "type": "object",
    "properties": {
      "nodeDisableSchedulingOption": {
        "type": "string",
        "enum": [
          "requeue",
          "terminate",
          "taskcompletion"
        ]
      }
    }
  },
  "NodeFile": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "url": {
        "type": "string"
      },
      "isDirectory": {
        "type": "boolean"
      },
      "properties": {
        "ref": "FileProperties"
      }
    }
  },
  "NodeFileListResult": {
    "type": "object",
    "properties": {
      "value": {
        "type": "array",
        "items": {
          "ref": "NodeFile"
        }
      },
      "odata.nextLink": {
        "type": "string"
      }
    }
  },
  "NodePlacementConfiguration": {
    "type": "object",
    "properties": {
      "policy": {
        "ref": "NodePlacementPolicyType"
      }
    }
  },
  "NodePlacementPolicyType": {
    "type": "string",
    "enum": [
      "regional",
      "zonal"
    ]
  },
  "NodeRebootParameter": {
    "type": "object",
    "properties": {
      "nodeRebootOption": {
        "type": "string",
        "enum": [
          "requeue",
          "terminate",
          "taskcompletion",
          "retaineddata"
        ]
      }
    }
  },
  "NodeReimageParameter": {
    "type": "object",
    "properties": {
      "nodeReimageOption": {
        "type": "string",
        "enum": [
          "requeue",
          "terminate",
          "taskcompletion",
          "retaineddata"
        ]
      }
    }
  },
  "NodeRemoveParameter": {
    "type": "object",
    "properties": {
      "nodeList": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "resizeTimeout": {
        "type": "string",
        "format": "duration"
      },
      "nodeDeallocationOption": {
        "ref": "ComputeNodeDeallocationOption"
      }
    },
    "required": [
      "nodeList"
    ]
  },
  "NodeUpdateUserParameter": {
    "type": "object",
    "properties": {
      "password": {
        "type": "string"
      },
      "expiryTime": {
        "type": "string",
        "format": "date-time"
      },
      "sshPublicKey": {
        "type": "string"
      }
    }
  },
  "NodeVMExtension": {
    "type": "object",
    "properties": {
      "provisioningState": {
        "type": "string"
      },
      "vmExtension": {
        "ref": "VMExtension"
      },
      "instanceView": {
        "ref": "VMExtensionInstanceView"
      }
    }
  },
  "NodeVMExtensionList": {
    "type": "object",
    "properties": {
      "value": {
        "type": "array",
        "items": {
          "ref": "NodeVMExtension"
        }
      },
      "odata.nextLink": {
        "type": "string"
      }
    }
  },
  "OSDisk": {
    "type": "object",
    "properties": {
      "ephemeralOSDiskSettings": {
        "ref": "DiffDiskSettings"
      },
      "caching": {
        "ref": "CachingType"
      },
      "managedDisk": {
        "ref": "ManagedDisk"
      },
      "diskSizeGB": {
        "type": "integer",
        "format": "int32"
      },
      "writeAcceleratorEnabled": {
        "type": "boolean"
      }
    }
  },
  "OnAllTasksComplete": {
    "type": "string",
    "enum": [
      "noaction",
      "terminatejob"
    ]
  },
  "OnTaskFailure": {
    "type": "string",
    "enum": [
      "noaction",
      "performexitoptionsjobaction"
    ]
  },
  "OutputFile": {
    "type": "object",
    "properties": {
      "filePattern": {
        "type": "string"
      },
      "destination": {
        "ref": "OutputFileDestination"
      },
      "uploadOptions": {
        "ref": "OutputFileUploadOptions"
      }
    },
    "required": [
      "filePattern",
      "destination",
      "uploadOptions"
    ]
  },
  "OutputFileBlobContainerDestination": {
    "type": "object",
    "properties": {
      "path": {
        "type": "string"
      },
      "containerUrl": {
        "type": "string"
      },
      "identityReference": {
        "ref": "ComputeNodeIdentityReference"
      },
      "uploadHeaders": {
        "type": "array",
        "items": {
          "ref": "HttpHeader"
        }
      }
    },
    "required": [
      "containerUrl"
    ]
  },
  "OutputFileDestination": {
    "type": "object",
    "properties": {
      "container": {
        "ref": "OutputFileBlobContainerDestination"
      }
    }
  },
  "OutputFileUploadCondition": {
    "type": "string",
    "enum": [
      "tasksuccess",
      "taskfailure",
      "taskcompletion"
    ]
  },
  "OutputFileUploadOptions": {
    "type": "object",
    "properties": {
      "uploadCondition": {
        "ref": "OutputFileUploadCondition"
      }
    },
    "required": [
      "uploadCondition"
    ]
  },
  "PoolAddParameter": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "displayName": {
        "type": "string"
      },
      "vmSize": {
        "type": "string"
      },
      "virtualMachineConfiguration": {
        "ref": "VirtualMachineConfiguration"
      },
      "resizeTimeout": {
        "type": "string",
        "format": "duration"
      },
      "targetDedicatedNodes": {
        "type": "integer",
        "format": "int32"
      },
      "targetLowPriorityNodes": {
        "type": "integer",
        "format": "int32"
      },
      "enableAutoScale": {
        "type": "boolean"
      },
      "autoScaleFormula": {
        "type": "string"
      },
      "autoScaleEvaluationInterval": {
        "type": "string",
        "format": "duration"
      },
      "enableInterNodeCommunication": {
        "type": "boolean"
      },
      "networkConfiguration": {
        "ref": "NetworkConfiguration"
      },
      "startTask": {
        "ref": "StartTask"
      },
      "certificateReferences": {
        "type": "array",
        "items": {
          "ref": "CertificateReference"
        }
      },
      "applicationPackageReferences": {
        "type": "array",
        "items": {
          "ref": "ApplicationPackageReference"
        }
      },
      "taskSlotsPerNode": {
        "type": "integer",
        "format": "int32"
      },
      "taskSchedulingPolicy": {
        "ref": "TaskSchedulingPolicy"
      },
      "userAccounts": {
        "type": "array",
        "items": {
          "ref": "UserAccount"
        }
      },
      "metadata": {
        "type": "array",
        "items": {
          "ref": "MetadataItem"
        }
      },
      "mountConfiguration": {
        "type": "array",
        "items": {
          "ref": "MountConfiguration"
        }
      },
      "targetNodeCommunicationMode": {
        "ref": "NodeCommunicationMode"
      },
      "upgradePolicy": {
        "ref": "UpgradePolicy"
      },
      "resourceTags": {
        "type": "object",
        "additionalProperties": {
          "type": "string"
        }
      }
    },
    "required": [
      "id",
      "vmSize"
    ]
  },
  "PoolEnableAutoScaleParameter": {
    "type": "object",
    "properties": {
      "autoScaleFormula": {
        "type": "string"
      },
      "autoScaleEvaluationInterval": {
        "type": "string",
        "format": "duration"
      }
    }
  },
  "PoolEndpointConfiguration": {
    "type": "object",
    "properties": {
      "inboundNATPools": {
        "type": "array",
        "items": {
          "ref": "InboundNATPool"
        }
      }
    },
    "required": [
      "inboundNATPools"
    ]
  },
  "PoolEvaluateAutoScaleParameter": {
    "type": "object",
    "properties": {
      "autoScaleFormula": {
        "type": "string"
      }
    },
    "required": [
      "autoScaleFormula"
    ]
  },
  "PoolInformation": {
    "type": "object",
    "properties": {
      "poolId": {
        "type": "string"
      },
      "autoPoolSpecification": {
        "ref": "AutoPoolSpecification"
      }
    }
  },
  "PoolListUsageMetricsResult": {
    "type": "object",
    "properties": {
      "value": {
        "type": "array",
        "items": {
          "ref": "PoolUsageMetrics"
        }
      },
      "odata.nextLink": {
        "type": "string"
      }
    }
  },
  "PoolNodeCounts": {
    "type": "object",
    "properties": {
      "poolId": {
        "type": "string"
      },
      "dedicated": {
        "ref": "NodeCounts"
      },
      "lowPriority": {
        "ref": "NodeCounts"
      }
    },
    "required": [
      "poolId"
    ]
  },
  "PoolNodeCountsListResult": {
    "type": "object",
    "properties": {
      "value": {
        "type": "array",
        "items": {
          "ref": "PoolNodeCounts"
        }
      },
      "odata.nextLink": {
        "type": "string"
      }
    }
  },
  "PoolPatchParameter": {
    "type": "object",
    "properties": {
      "startTask": {
        "ref": "StartTask"
      },
      "certificateReferences": {
        "type": "array",
        "items": {
          "ref": "CertificateReference"
        }
      },
      "applicationPackageReferences": {
        "type": "array",
        "items": {
          "ref": "ApplicationPackageReference"
        }
      },
      "metadata": {
        "type": "array",
        "items": {
          "ref": "MetadataItem"
        }
      },
      "targetNodeCommunicationMode": {
        "ref": "NodeCommunicationMode"
      },
      "displayName": {
        "type": "string"
      },
      "vmSize": {
        "type": "string"
      },
      "taskSlotsPerNode": {
        "type": "integer",
        "format": "int32"
      },
      "taskSchedulingPolicy": {
        "ref": "TaskSchedulingPolicy"
      },
      "enableInterNodeCommunication": {
        "type": "boolean"
      },
      "virtualMachineConfiguration": {
        "ref": "VirtualMachineConfiguration"
      },
      "networkConfiguration": {
        "ref": "NetworkConfiguration"
      },
      "userAccounts": {
        "type": "array",
        "items": {
          "ref": "UserAccount"
        }
      },
      "mountConfiguration": {
        "type": "array",
        "items": {
          "ref": "MountConfiguration"
        }
      },
      "upgradePolicy": {
        "ref": "UpgradePolicy"
      },
      "resourceTags": {
        "type": "object",
        "additionalProperties": {
          "type": "string"
        }
      }
    }
  },
  "PoolResizeParameter": {
    "type": "object",
    "properties": {
      "targetDedicatedNodes": {
        "type": "integer",
        "format": "int32"
      },
      "targetLowPriorityNodes": {
        "type": "integer",
        "format": "int32"
      },
      "resizeTimeout": {
        "type": "string",
        "format": "duration"
      },
      "nodeDeallocationOption": {
        "ref": "ComputeNodeDeallocationOption"
      }
    }
  },
  "PoolSpecification": {
    "type": "object",
    "properties": {
      "displayName": {
        "type": "string"
      },
      "vmSize": {
        "type": "string"
      },
      "virtualMachineConfiguration": {
        "ref": "VirtualMachineConfiguration"
      },
      "taskSlotsPerNode": {
        "type": "integer",
        "format": "int32"
      },
      "taskSchedulingPolicy": {
        "ref": "TaskSchedulingPolicy"
      },
      "resizeTimeout": {
        "type": "string",
        "format": "duration"
      },
      "targetDedicatedNodes": {
        "type": "integer",
        "format": "int32"
      },
      "targetLowPriorityNodes": {
        "type": "integer",
        "format": "int32"
      },
      "enableAutoScale": {
        "type": "boolean"
      },
      "autoScaleFormula": {
        "type": "string"
      },
      "autoScaleEvaluationInterval": {
        "type": "string",
        "format": "duration"
      },
      "enableInterNodeCommunication": {
        "type": "boolean"
      },
      "networkConfiguration": {
        "ref": "NetworkConfiguration"
      },
      "startTask": {
        "ref": "StartTask"
      },
      "certificateReferences": {
        "type": "array",
        "items": {
          "ref": "CertificateReference"
        }
      },
      "applicationPackageReferences": {
        "type": "array",
        "items": {
          "ref": "ApplicationPackageReference"
        }
      },
      "userAccounts": {
        "type": "array",
        "items": {
          "ref": "UserAccount"
        }
      },
      "metadata": {
        "type": "array",
        "items": {
          "ref": "MetadataItem"
        }
      },
      "mountConfiguration": {
        "type": "array",
        "items": {
          "ref": "MountConfiguration"
        }
      },
      "targetNodeCommunicationMode": {
        "ref": "NodeCommunicationMode"
      },
      "upgradePolicy": {
        "ref": "UpgradePolicy"
      },
      "resourceTags": {
        "type": "object",
        "additionalProperties": {
          "type": "string"
        }
      }
    },
    "required": [
      "vmSize"
    ]
  },
  "PoolStatistics": {
    "type": "object",
    "properties": {
      "url": {
        "type": "string"
      },
      "startTime": {
        "type": "string",
        "format": "date-time"
      },
      "lastUpdateTime": {
        "type": "string",
        "format": "date-time"
      },
      "usageStats": {
        "ref": "UsageStatistics"
      },
      "resourceStats": {
        "ref": "ResourceStatistics"
      }
    },
    "required": [
      "url",
      "startTime",
      "lastUpdateTime"
    ]
  },
  "PoolUpdatePropertiesParameter": {
    "type": "object",
    "properties": {
      "startTask": {
        "ref": "StartTask"
      },
      "certificateReferences": {
        "type": "array",
        "items": {
          "ref": "CertificateReference"
        }
      },
      "applicationPackageReferences": {
        "type": "array",
        "items": {
          "ref": "ApplicationPackageReference"
        }
      },
      "metadata": {
        "type": "array",
        "items": {
          "ref": "MetadataItem"
        }
      },
      "targetNodeCommunicationMode": {
        "ref": "NodeCommunicationMode"
      }
    },
    "required": [
      "certificateReferences",
      "metadata",
      "applicationPackageReferences"
    ]
  },
  "PoolUsageMetrics": {
    "type": "object",
    "properties": {
      "poolId": {
        "type": "string"
      },
      "startTime": {
        "type": "string",
        "format": "date-time"
      },
      "endTime": {
        "type": "string",
        "format": "date-time"
      },
      "vmSize": {
        "type": "string"
      },
      "totalCoreHours": {
        "type": "number",
        "format": "double"
      }
    },
    "required": [
      "poolId",
      "startTime",
      "endTime",
      "vmSize",
      "totalCoreHours"
    ]
  },
  "PublicIPAddressConfiguration": {
    "type": "object",
    "properties": {
      "provision": {
        "ref": "IPAddressProvisioningType"
      },
      "ipAddressIds": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    }
  },
  "RecentJob": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "url": {
        "type": "string"
      }
    }
  },
  "ResizeError": {
    "type": "object",
    "properties": {
      "code": {
        "type": "string"
      },
      "message": {
        "type": "string"
      },
      "values": {
        "type": "array",
        "items": {
          "ref": "NameValuePair"
        }
      }
    }
  },
  "ResourceFile": {
    "type": "object",
    "properties": {
      "autoStorageContainerName": {
        "type": "string"
      },
      "storageContainerUrl": {
        "type": "string"
      },
      "httpUrl": {
        "type": "string"
      },
      "blobPrefix": {
        "type": "string"
      },
      "filePath": {
        "type": "string"
      },
      "fileMode": {
        "type": "string"
      },
      "identityReference": {
        "ref": "ComputeNodeIdentityReference"
      }
    }
  },
  "ResourceStatistics": {
    "type": "object",
    "properties": {
      "startTime": {
        "type": "string",
        "format": "date-time"
      },
      "lastUpdateTime": {
        "type": "string",
        "format": "date-time"
      },
      "avgCPUPercentage": {
        "type": "number",
        "format": "double"
      },
      "avgMemoryGiB": {
        "type": "number",
        "format": "double"
      },
      "peakMemoryGiB": {
        "type": "number",
        "format": "double"
      },
      "avgDiskGiB": {
        "type": "number",
        "format": "double"
      },
      "peakDiskGiB": {
        "type": "number",
        "format": "double"
      },
      "diskReadIOps": {
        "type": "integer",
        "format": "int64"
      },
      "diskWriteIOps": {
        "type": "integer",
        "format": "int64"
      },
      "diskReadGiB": {
        "type": "number",
        "format": "double"
      },
      "diskWriteGiB": {
        "type": "number",
        "format": "double"
      },
      "networkReadGiB": {
        "type": "number",
        "format": "double"
      },
      "networkWriteGiB": {
        "type": "number",
        "format": "double"
      }
    },
    "required": [
      "startTime",
      "lastUpdateTime",
      "avgCPUPercentage",
      "avgMemoryGiB",
      "peakMemoryGiB",
      "avgDiskGiB",
      "peakDiskGiB",
      "diskReadIOps",
      "diskWriteIOps",
      "diskReadGiB",
      "diskWriteGiB",
      "networkReadGiB",
      "networkWriteGiB"
    ]
  },
  "RollingUpgradePolicy": {
    "type": "object",
    "properties": {
      "enableCrossZoneUpgrade": {
        "type": "boolean"
      },
      "maxBatchInstancePercent": {
        "type": "integer",
        "format": "int32",
        "minimum": 5,
        "maximum": 100
      },
      "maxUnhealthyInstancePercent": {
        "type": "integer",
        "format": "int32",
        "minimum": 5,
        "maximum": 100
      },
      "maxUnhealthyUpgradedInstancePercent": {
        "type": "integer",
        "format": "int32",
        "minimum": 0,
        "maximum": 100
      },
      "pauseTimeBetweenBatches": {
        "type": "string",
        "format": "duration"
      },
      "prioritizeUnhealthyInstances": {
        "type": "boolean"
      },
      "rollbackFailedInstancesOnPolicyBreach": {
        "type": "boolean"
      }
    }
  },
  "Schedule": {
    "type": "object",
    "properties": {
      "doNotRunUntil": {
        "type": "string",
        "format": "date-time"
      },
      "doNotRunAfter": {
        "type": "string",
        "format": "date-time"
      },
      "startWindow": {
        "type": "string",
        "format": "duration"
      },
      "recurrenceInterval": {
        "type": "string",
        "format": "duration"
      }
    }
  },
  "SecurityProfile": {
    "type": "object",
    "properties": {
      "securityType": {
        "type": "string",
        "enum": [
          "trustedLaunch",
          "confidentialVM"
        ]
      },
      "encryptionAtHost": {
        "type": "boolean"
      },
      "uefiSettings": {
        "ref": "UefiSettings"
      }
    }
  },
  "ServiceArtifactReference": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      }
    },
    "required": [
      "id"
    ]
  },
  "StartTask": {
    "type": "object",
    "properties": {
      "commandLine": {
        "type": "string"
      },
      "containerSettings": {
        "ref": "TaskContainerSettings"
      },
      "resourceFiles": {
        "type": "array",
        "items": {
          "ref": "ResourceFile"
        }
      },
      "environmentSettings": {
        "type": "array",
        "items": {
          "ref": "EnvironmentSetting"
        }
      },
      "userIdentity": {
        "ref": "UserIdentity"
      },
      "maxTaskRetryCount": {
        "type": "integer",
        "format": "int32"
      },
      "waitForSuccess": {
        "type": "boolean"
      }
    },
    "required": [
      "commandLine"
    ]
  },
  "StartTaskInformation": {
    "type": "object",
    "properties": {
      "state": {
        "type": "string",
        "enum": [
          "running",
          "completed"
        ]
      },
      "startTime": {
        "type": "string",
        "format": "date-time"
      },
      "endTime": {
        "type": "string",
        "format": "date-time"
      },
      "exitCode": {
        "type": "integer",
        "format": "int32"
      },
      "containerInfo": {
        "ref": "TaskContainerExecutionInformation"
      },
      "failureInfo": {
        "ref": "TaskFailureInformation"
      },
      "retryCount": {
        "type": "integer",
        "format": "int32"
      },
      "lastRetryTime": {
        "type": "string",
        "format": "date-time"
      },
      "result": {
        "ref": "TaskExecutionResult"
      }
    },
    "required": [
      "state",
      "startTime",
      "retryCount"
    ]
  },
  "StorageAccountType": {
    "type": "string",
    "enum": [
      "standard_lrs",
      "premium_lrs",
      "standardssd_lrs"
    ]
  },
  "SubtaskInformation": {
    "type": "object",
    "properties": {
      "id": {
        "type": "integer",
        "format": "int32"
      },
      "nodeInfo": {
        "ref": "ComputeNodeInformation"
      },
      "startTime": {
        "type": "string",
        "format": "date-time"
      },
      "endTime": {
        "type": "string",
        "format": "date-time"
      },
      "exitCode": {
        "type": "integer",
        "format": "int32"
      },
      "containerInfo": {
        "ref": "TaskContainerExecutionInformation"
      },
      "failureInfo": {
        "ref": "TaskFailureInformation"
      },
      "state": {
        "ref": "SubtaskState"
      },
      "stateTransitionTime": {
        "type": "string",
        "format": "date-time"
      },
      "previousState": {
        "ref": "SubtaskState"
      },
      "previousStateTransitionTime": {
        "type": "string",
        "format": "date-time"
      },
      "result": {
        "ref": "TaskExecutionResult"
      }
    }
  },
  "SubtaskState": {
    "type": "string",
    "enum": [
      "preparing",
      "running",
      "completed"
    ]
  },
  "TaskAddCollectionParameter": {
    "type": "object",
    "properties": {
      "value": {
        "type": "array",
        "items": {
          "ref": "TaskAddParameter"
        }
      }
    },
    "required": [
      "value"
    ]
  },
  "TaskAddCollectionResult": {
    "type": "object",
    "properties": {
      "value": {
        "type": "array",
        "items": {
          "ref": "TaskAddResult"
        }
      }
    }
  },
  "TaskAddParameter": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "displayName": {
        "type": "string"
      },
      "commandLine": {
        "type": "string"
      },
      "containerSettings": {
        "ref": "TaskContainerSettings"
      },
      "exitConditions": {
        "ref": "ExitConditions"
      },
      "resourceFiles": {
        "type": "array",
        "items": {
          "ref": "ResourceFile"
        }
      },
      "outputFiles": {
        "type": "array",
        "items": {
          "ref": "OutputFile"
        }
      },
      "environmentSettings": {
        "type": "array",
        "items": {
          "ref": "EnvironmentSetting"
        }
      },
      "affinityInfo": {
        "ref": "AffinityInformation"
      },
      "constraints": {
        "ref": "TaskConstraints"
      },
      "requiredSlots": {
        "type": "integer",
        "format": "int32"
      },
      "userIdentity": {
        "ref": "UserIdentity"
      },
      "multiInstanceSettings": {
        "ref": "MultiInstanceSettings"
      },
      "dependsOn": {
        "ref": "TaskDependencies"
      },
      "applicationPackageReferences": {
        "type": "array",
        "items": {
          "ref": "ApplicationPackageReference"
        }
      },
      "authenticationTokenSettings": {
        "ref": "AuthenticationTokenSettings"
      }
    },
    "required": [
      "id",
      "commandLine"
    ]
  },
  "TaskAddResult": {
    "type": "object",
    "properties": {
      "status": {
        "type": "string",
        "enum": [
          "success",
          "clienterror",
          "servererror"
        ]
      },
      "taskId": {
        "type": "string"
      },
      "eTag": {
        "type": "string"
      },
      "lastModified": {
        "type": "string",
        "format": "date-time"
      },
      "location": {
        "type": "string"
      },
      "error": {
        "ref": "BatchError"
      }
    },
    "required": [
      "status",
      "taskId"
    ]
  },
  "TaskConstraints": {
    "type": "object",
    "properties": {
      "maxWallClockTime": {
        "type": "string",
        "format": "duration"
      },
      "retentionTime": {
        "type": "string",
        "format": "duration"
      },
      "maxTaskRetryCount": {
        "type": "integer",
        "format": "int32"
      }
    }
  },
  "TaskContainerExecutionInformation": {
    "type": "object",
    "properties": {
      "containerId": {
        "type": "string"
      },
      "state": {
        "type": "string"
      },
      "error": {
        "type": "string"
      }
    }
  },
  "TaskContainerSettings": {
    "type": "object",
    "properties": {
      "containerRunOptions": {
        "type": "string"
      },
      "imageName": {
        "type": "string"
      },
      "registry": {
        "ref": "ContainerRegistry"
      },
      "workingDirectory": {
        "type": "string",
        "enum": [
          "taskWorkingDirectory",
          "containerImageDefault"
        ]
      },
      "containerHostBatchBindMounts": {
        "type": "array",
        "items": {
          "ref": "ContainerHostBatchBindMountEntry"
        }
      }
    },
    "required": [
      "imageName"
    ]
  },
  "TaskCounts": {
    "type": "object",
    "properties": {
      "active": {
        "type": "integer",
        "format": "int32"
      },
      "running": {
        "type": "integer",
        "format": "int32"
      },
      "completed": {
        "type": "integer",
        "format": "int32"
      },
      "succeeded": {
        "type": "integer",
        "format": "int32"
      },
      "failed": {
        "type": "integer",
        "format": "int32"
      }
    },
    "required": [
      "active",
      "running",
      "completed",
      "succeeded",
      "failed"
    ]
  },
  "TaskCountsResult": {
    "type": "object",
    "properties": {
      "taskCounts": {
        "ref": "TaskCounts"
      },
      "taskSlotCounts": {
        "ref": "TaskSlotCounts"
      }
    },
    "required": [
      "taskCounts",
      "taskSlotCounts"
    ]
  },
  "TaskDependencies": {
    "type": "object",
    "properties": {
      "taskIds": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "taskIdRanges": {
        "type": "array",
        "items": {
          "ref": "TaskIdRange"
        }
      }
    }
  },
  "TaskExecutionInformation": {
    "type": "object",
    "properties": {
      "startTime": {
        "type": "string",
        "format": "date-time"
      },
      "endTime": {
        "type": "string",
        "format": "date-time"
      },
      "exitCode": {
        "type": "integer",
        "format": "int32"
      },
      "containerInfo": {
        "ref": "TaskContainerExecutionInformation"
      },
      "failureInfo": {
        "ref": "TaskFailureInformation"
      },
      "retryCount": {
        "type": "integer",
        "format": "int32"
      },
      "lastRetryTime": {
        "type": "string",
        "format": "date-time"
      },
      "requeueCount": {
        "type": "integer",
        "format": "int32"
      },
      "lastRequeueTime": {
        "type": "string",
        "format": "date-time"
      },
      "result": {
        "ref": "TaskExecutionResult"
      }
    },
    "required": [
      "requeueCount",
      "retryCount"
    ]
  },
  "TaskExecutionResult": {
    "type": "string",
    "enum": [
      "success",
      "failure"
    ]
  },
  "TaskFailureInformation": {
    "type": "object",
    "properties": {
      "category": {
        "ref": "ErrorCategory"
      },
      "code": {
        "type": "string"
      },
      "message": {
        "type": "string"
      },
      "details": {
        "type": "array",
        "items": {
          "ref": "NameValuePair"
        }
      }
    },
    "required": [
      "category"
    ]
  },
  "TaskIdRange": {
    "type": "object",
    "properties": {
      "start": {
        "type": "integer",
        "format": "int32"
      },
      "end": {
        "type": "integer",
        "format": "int32"
      }
    },
    "required": [
      "start",
      "end"
    ]
  },
  "TaskInformation": {
    "type": "object",
    "properties": {
      "taskUrl": {
        "type": "string"
      },
      "jobId": {
        "type": "string"
      },
      "taskId": {
        "type": "string"
      },
      "subtaskId": {
        "type": "integer",
        "format": "int32"
      },
      "taskState": {
        "ref": "TaskState"
      },
      "executionInfo": {
        "ref": "TaskExecutionInformation"
      }
    },
    "required": [
      "taskState"
    ]
  },
  "TaskSchedulingPolicy": {
    "type": "object",
    "properties": {
      "nodeFillType": {
        "type": "string",
        "enum": [
          "spread",
          "pack"
        ]
      }
    },
    "required": [
      "nodeFillType"
    ]
  },
  "TaskSlotCounts": {
    "type": "object",
    "properties": {
      "active": {
        "type": "integer",
        "format": "int32"
      },
      "running": {
        "type": "integer",
        "format": "int32"
      },
      "completed": {
        "type": "integer",
        "format": "int32"
      },
      "succeeded": {
        "type": "integer",
        "format": "int32"
      },
      "failed": {
        "type": "integer",
        "format": "int32"
      }
    },
    "required": [
      "active",
      "running",
      "completed",
      "succeeded",
      "failed"
    ]
  },
  "TaskState": {
    "type": "string",
    "enum": [
      "active",
      "preparing",
      "running",
      "completed"
    ]
  },
  "TaskStatistics": {
    "type": "object",
    "properties": {
      "url": {
        "type": "string"
      },
      "startTime": {
        "type": "string",
        "format": "date-time"
      },
      "lastUpdateTime": {
        "type": "string",
        "format": "date-time"
      },
      "userCPUTime": {
        "type": "string",
        "format": "duration"
      },
      "kernelCPUTime": {
        "type": "string",
        "format": "duration"
      },
      "wallClockTime": {
        "type": "string",
        "format": "duration"
      },
      "readIOps": {
        "type": "integer",
        "format": "int64"
      },
      "writeIOps": {
        "type": "integer",
        "format": "int64"
      },
      "readIOGiB": {
        "type": "number",
        "format": "double"
      },
      "writeIOGiB": {
        "type": "number",
        "format": "double"
      },
      "waitTime": {
        "type": "string",
        "format": "duration"
      }
    },
    "required": [
      "url",
      "startTime",
      "lastUpdateTime",
      "userCPUTime",
      "kernelCPUTime",
      "wallClockTime",
      "readIOps",
      "writeIOps",
      "readIOGiB",
      "writeIOGiB",
      "waitTime"
    ]
  },
  "TaskUpdateParameter": {
    "type": "object",
    "properties": {
      "constraints": {
        "ref": "TaskConstraints"
      }
    }
  },
  "UefiSettings": {
    "type": "object",
    "properties": {
      "secureBootEnabled": {
        "type": "boolean"
      },
      "vTpmEnabled": {
        "type": "boolean"
      }
    }
  },
  "UpgradePolicy": {
    "type": "object",
    "properties": {
      "mode": {
        "type": "string",
        "enum": [
          "automatic",
          "manual",
          "rolling"
        ]
      },
      "automaticOSUpgradePolicy": {
        "ref": "AutomaticOSUpgradePolicy"
      },
      "rollingUpgradePolicy": {
        "ref": "RollingUpgradePolicy"
      }
    },
    "required": [
      "mode"
    ]
  },
  "UploadBatchServiceLogsConfiguration": {
    "type": "object",
    "properties": {
      "containerUrl": {
        "type": "string"
      },
      "startTime": {
        "type": "string",
        "format": "date-time"
      },
      "endTime": {
        "type": "string",
        "format": "date-time"
      },
      "identityReference": {
        "ref": "ComputeNodeIdentityReference"
      }
    },
    "required": [
      "containerUrl",
      "startTime"
    ]
  },
  "UploadBatchServiceLogsResult": {
    "type": "object",
    "properties": {
      "virtualDirectoryName": {
        "type": "string"
      },
      "numberOfFilesUploaded": {
        "type": "integer",
        "format": "int32"
      }
    },
    "required": [
      "virtualDirectoryName",
      "numberOfFilesUploaded"
    ]
  },
  "UsageStatistics": {
    "type": "object",
    "properties": {
      "startTime": {
        "type": "string",
        "format": "date-time"
      },
      "lastUpdateTime": {
        "type": "string",
        "format": "date-time"
      },
      "dedicatedCoreTime": {
        "type": "string",
        "format": "duration"
      }
    },
    "required": [
      "startTime",
      "lastUpdateTime",
      "dedicatedCoreTime"
    ]
  },
  "UserAccount": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "password": {
        "type": "string"
      },
      "elevationLevel": {
        "ref": "ElevationLevel"
      },
      "linuxUserConfiguration": {
        "ref": "LinuxUserConfiguration"
      },
      "windowsUserConfiguration": {
        "ref": "WindowsUserConfiguration"
      }
    },
    "required": [
      "name",
      "password"
    ]
  },
  "UserAssignedIdentity": {
    "type": "object",
    "properties": {
      "resourceId": {
        "type": "string"
      },
      "clientId": {
        "type": "string"
      },
      "principalId": {
        "type": "string"
      }
    },
    "required": [
      "resourceId"
    ]
  },
  "UserIdentity": {
    "type": "object",
    "properties": {
      "username": {
        "type": "string"
      },
      "autoUser": {
        "ref": "AutoUserSpecification"
      }
    }
  },
  "VMDiskSecurityProfile": {
    "type": "object",
    "properties": {
      "securityEncryptionType": {
        "type": "string",
        "enum": [
          "NonPersistedTPM",
          "VMGuestStateOnly"
        ]
      }
    }
  },
  "VMExtension": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "publisher": {
        "type": "string"
      },
      "type": {
        "type": "string"
      },
      "typeHandlerVersion": {
        "type": "string"
      },
      "autoUpgradeMinorVersion": {
        "type": "boolean"
      },
      "enableAutomaticUpgrade": {
        "type": "boolean"
      },
      "settings": {
        "type": "object"
      },
      "protectedSettings": {
        "type": "object"
      },
      "provisionAfterExtensions": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "required": [
      "name",
      "publisher",
      "type"
    ]
  },
  "VMExtensionInstanceView": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "statuses": {
        "type": "array",
        "items": {
          "ref": "InstanceViewStatus"
        }
      },
      "subStatuses": {
        "type": "array",
        "items": {
          "ref": "InstanceViewStatus"
        }
      }
    }
  },
  "VirtualMachineConfiguration": {
    "type": "object",
    "properties": {
      "imageReference": {
        "ref": "ImageReference"
      },
      "nodeAgentSKUId": {
        "type": "string"
      },
      "windowsConfiguration": {
        "ref": "WindowsConfiguration"
      },
      "dataDisks": {
        "type": "array",
        "items": {
          "ref": "DataDisk"
        }
      },
      "licenseType": {
        "type": "string"
      },
      "containerConfiguration": {
        "ref": "ContainerConfiguration"
      },
      "diskEncryptionConfiguration": {
        "ref": "DiskEncryptionConfiguration"
      },
      "nodePlacementConfiguration": {
        "ref": "NodePlacementConfiguration"
      },
      "extensions": {
        "type": "array",
        "items": {
          "ref": "VMExtension"
        }
      },
      "osDisk": {
        "ref": "OSDisk"
      },
      "securityProfile": {
        "ref": "SecurityProfile"
      },
      "serviceArtifactReference": {
        "ref": "ServiceArtifactReference"
      }
    },
    "required": [
      "nodeAgentSKUId",
      "imageReference"
    ]
  },
  "VirtualMachineInfo": {
    "type": "object",
    "properties": {
      "imageReference": {
        "ref": "ImageReference"
      },
      "scaleSetVmResourceId": {
        "type": "string"
      }
    }
  },
  "WindowsConfiguration": {
    "type": "object",
    "properties": {
      "enableAutomaticUpdates": {
        "type": "boolean"
      }
    }
  },
  "WindowsUserConfiguration": {
    "type": "object",
    "properties": {
      "loginMode": {
        "type": "string",
        "enum": [
          "batch",
          "interactive"
        ]
      }
    }
  }
};
