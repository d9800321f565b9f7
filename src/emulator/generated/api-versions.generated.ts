// generated — do not edit. Produced by scripts/apiversions/generate.ts from the Batch clients in devDependencies and scripts/apiversions/release-notes.ts.
/**
 * How each older api-version's wire schema differs from 2024-07-01.20.0.
 * @module
 */
import type { ApiVersionDifference } from "../versions/difference.js";

/** Per api-version: what it lacks, renames, adds and answers unwrapped, compared with 2024-07-01.20.0. */
export const API_VERSION_DIFFERENCES: Readonly<Record<string, ApiVersionDifference>> = {
  "2019-08-01.10.0": {
    "source": "azure-batch@9.0.0, azure-batch-api-2020-09@8.0.0, @azure/batch@10.2.0 and the release notes",
    "missingDefinitions": [
      "AutomaticOSUpgradePolicy",
      "BatchPoolIdentity",
      "ComputeNodeIdentityReference",
      "ContainerHostBatchBindMountEntry",
      "DiffDiskSettings",
      "DiskEncryptionConfiguration",
      "HttpHeader",
      "InstanceViewStatus",
      "ManagedDisk",
      "NodeDeallocateParameter",
      "NodePlacementConfiguration",
      "NodeVMExtension",
      "NodeVMExtensionList",
      "OSDisk",
      "PublicIPAddressConfiguration",
      "RollingUpgradePolicy",
      "SecurityProfile",
      "ServiceArtifactReference",
      "TaskCountsResult",
      "TaskSlotCounts",
      "UefiSettings",
      "UpgradePolicy",
      "UserAssignedIdentity",
      "VMDiskSecurityProfile",
      "VMExtension",
      "VMExtensionInstanceView",
      "VirtualMachineInfo"
    ],
    "lacks": {
      "AzureBlobFileSystemConfiguration": [
        "identityReference"
      ],
      "CloudJob": [
        "allowTaskPreemption",
        "maxParallelTasks"
      ],
      "CloudPool": [
        "currentNodeCommunicationMode",
        "identity",
        "resourceTags",
        "targetNodeCommunicationMode",
        "upgradePolicy"
      ],
      "CloudTask": [
        "requiredSlots"
      ],
      "ComputeNode": [
        "runningTaskSlotsCount",
        "virtualMachineInfo"
      ],
      "ContainerRegistry": [
        "identityReference"
      ],
      "ImageReference": [
        "communityGalleryImageId",
        "exactVersion",
        "sharedGalleryImageId"
      ],
      "JobAddParameter": [
        "allowTaskPreemption",
        "maxParallelTasks"
      ],
      "JobManagerTask": [
        "requiredSlots"
      ],
      "JobNetworkConfiguration": [
        "skipWithdrawFromVNet"
      ],
      "JobPatchParameter": [
        "allowTaskPreemption",
        "maxParallelTasks",
        "networkConfiguration"
      ],
      "JobSpecification": [
        "allowTaskPreemption",
        "maxParallelTasks"
      ],
      "JobUpdateParameter": [
        "allowTaskPreemption",
        "maxParallelTasks"
      ],
      "NetworkConfiguration": [
        "enableAcceleratedNetworking",
        "publicIPAddressConfiguration"
      ],
      "NodeCounts": [
        "deallocated",
        "deallocating",
        "upgradingOS"
      ],
      "OutputFileBlobContainerDestination": [
        "identityReference",
        "uploadHeaders"
      ],
      "PoolAddParameter": [
        "resourceTags",
        "targetNodeCommunicationMode",
        "upgradePolicy"
      ],
      "PoolPatchParameter": [
        "displayName",
        "enableInterNodeCommunication",
        "mountConfiguration",
        "networkConfiguration",
        "resourceTags",
        "targetNodeCommunicationMode",
        "taskSchedulingPolicy",
        "taskSlotsPerNode",
        "upgradePolicy",
        "userAccounts",
        "virtualMachineConfiguration",
        "vmSize"
      ],
      "PoolSpecification": [
        "resourceTags",
        "targetNodeCommunicationMode",
        "upgradePolicy"
      ],
      "PoolUpdatePropertiesParameter": [
        "targetNodeCommunicationMode"
      ],
      "ResourceFile": [
        "identityReference"
      ],
      "TaskAddParameter": [
        "requiredSlots"
      ],
      "TaskContainerSettings": [
        "containerHostBatchBindMounts"
      ],
      "UploadBatchServiceLogsConfiguration": [
        "identityReference"
      ],
      "VirtualMachineConfiguration": [
        "diskEncryptionConfiguration",
        "extensions",
        "nodePlacementConfiguration",
        "osDisk",
        "securityProfile",
        "serviceArtifactReference"
      ]
    },
    "renames": {
      "CloudPool": {
        "taskSlotsPerNode": "maxTasksPerNode"
      },
      "PoolAddParameter": {
        "taskSlotsPerNode": "maxTasksPerNode"
      },
      "PoolSpecification": {
        "taskSlotsPerNode": "maxTasksPerNode"
      }
    },
    "extras": {
      "CloudPool": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "NetworkConfiguration": {
        "publicIPs": "string[]"
      },
      "PoolAddParameter": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolSpecification": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      }
    },
    "unwraps": {
      "TaskCountsResult": "taskCounts"
    },
    "lacksOperations": [
      "ComputeNodeExtension_Get",
      "ComputeNodeExtension_List",
      "ComputeNode_Deallocate",
      "ComputeNode_Start"
    ],
    "extraOperations": [
      {
        "operationId": "ComputeNodeOperations_GetRemoteDesktop",
        "method": "GET",
        "path": "/pools/{poolId}/nodes/{nodeId}/rdp"
      },
      {
        "operationId": "Job_GetAllLifetimeStatistics",
        "method": "GET",
        "path": "/lifetimejobstats"
      },
      {
        "operationId": "Pool_GetAllLifetimeStatistics",
        "method": "GET",
        "path": "/lifetimepoolstats"
      }
    ]
  },
  "2020-03-01.11.0": {
    "source": "azure-batch@9.0.0",
    "missingDefinitions": [
      "AutomaticOSUpgradePolicy",
      "BatchPoolIdentity",
      "ComputeNodeIdentityReference",
      "ContainerHostBatchBindMountEntry",
      "DiffDiskSettings",
      "HttpHeader",
      "InstanceViewStatus",
      "ManagedDisk",
      "NodeDeallocateParameter",
      "NodePlacementConfiguration",
      "NodeVMExtension",
      "NodeVMExtensionList",
      "OSDisk",
      "RollingUpgradePolicy",
      "SecurityProfile",
      "ServiceArtifactReference",
      "TaskCountsResult",
      "TaskSlotCounts",
      "UefiSettings",
      "UpgradePolicy",
      "UserAssignedIdentity",
      "VMDiskSecurityProfile",
      "VMExtension",
      "VMExtensionInstanceView",
      "VirtualMachineInfo"
    ],
    "lacks": {
      "AzureBlobFileSystemConfiguration": [
        "identityReference"
      ],
      "CloudJob": [
        "allowTaskPreemption",
        "maxParallelTasks"
      ],
      "CloudPool": [
        "currentNodeCommunicationMode",
        "identity",
        "resourceTags",
        "targetNodeCommunicationMode",
        "upgradePolicy"
      ],
      "CloudTask": [
        "requiredSlots"
      ],
      "ComputeNode": [
        "runningTaskSlotsCount",
        "virtualMachineInfo"
      ],
      "ContainerRegistry": [
        "identityReference"
      ],
      "ImageReference": [
        "communityGalleryImageId",
        "exactVersion",
        "sharedGalleryImageId"
      ],
      "JobAddParameter": [
        "allowTaskPreemption",
        "maxParallelTasks"
      ],
      "JobManagerTask": [
        "requiredSlots"
      ],
      "JobNetworkConfiguration": [
        "skipWithdrawFromVNet"
      ],
      "JobPatchParameter": [
        "allowTaskPreemption",
        "maxParallelTasks",
        "networkConfiguration"
      ],
      "JobSpecification": [
        "allowTaskPreemption",
        "maxParallelTasks"
      ],
      "JobUpdateParameter": [
        "allowTaskPreemption",
        "maxParallelTasks"
      ],
      "NetworkConfiguration": [
        "enableAcceleratedNetworking"
      ],
      "NodeCounts": [
        "deallocated",
        "deallocating",
        "upgradingOS"
      ],
      "OutputFileBlobContainerDestination": [
        "identityReference",
        "uploadHeaders"
      ],
      "PoolAddParameter": [
        "resourceTags",
        "targetNodeCommunicationMode",
        "upgradePolicy"
      ],
      "PoolPatchParameter": [
        "displayName",
        "enableInterNodeCommunication",
        "mountConfiguration",
        "networkConfiguration",
        "resourceTags",
        "targetNodeCommunicationMode",
        "taskSchedulingPolicy",
        "taskSlotsPerNode",
        "upgradePolicy",
        "userAccounts",
        "virtualMachineConfiguration",
        "vmSize"
      ],
      "PoolSpecification": [
        "resourceTags",
        "targetNodeCommunicationMode",
        "upgradePolicy"
      ],
      "PoolUpdatePropertiesParameter": [
        "targetNodeCommunicationMode"
      ],
      "ResourceFile": [
        "identityReference"
      ],
      "TaskAddParameter": [
        "requiredSlots"
      ],
      "TaskContainerSettings": [
        "containerHostBatchBindMounts"
      ],
      "UploadBatchServiceLogsConfiguration": [
        "identityReference"
      ],
      "VirtualMachineConfiguration": [
        "extensions",
        "nodePlacementConfiguration",
        "osDisk",
        "securityProfile",
        "serviceArtifactReference"
      ]
    },
    "renames": {
      "CloudPool": {
        "taskSlotsPerNode": "maxTasksPerNode"
      },
      "PoolAddParameter": {
        "taskSlotsPerNode": "maxTasksPerNode"
      },
      "PoolSpecification": {
        "taskSlotsPerNode": "maxTasksPerNode"
      }
    },
    "extras": {
      "CloudPool": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolAddParameter": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolSpecification": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      }
    },
    "unwraps": {
      "TaskCountsResult": "taskCounts"
    },
    "lacksOperations": [
      "ComputeNodeExtension_Get",
      "ComputeNodeExtension_List",
      "ComputeNode_Deallocate",
      "ComputeNode_Start"
    ],
    "extraOperations": [
      {
        "operationId": "ComputeNodeOperations_GetRemoteDesktop",
        "method": "GET",
        "path": "/pools/{poolId}/nodes/{nodeId}/rdp"
      },
      {
        "operationId": "Job_GetAllLifetimeStatistics",
        "method": "GET",
        "path": "/lifetimejobstats"
      },
      {
        "operationId": "Pool_GetAllLifetimeStatistics",
        "method": "GET",
        "path": "/lifetimepoolstats"
      }
    ]
  },
  "2020-09-01.12.0": {
    "source": "azure-batch-api-2020-09@8.0.0",
    "missingDefinitions": [
      "AutomaticOSUpgradePolicy",
      "BatchPoolIdentity",
      "ComputeNodeIdentityReference",
      "ContainerHostBatchBindMountEntry",
      "DiffDiskSettings",
      "HttpHeader",
      "InstanceViewStatus",
      "ManagedDisk",
      "NodeDeallocateParameter",
      "NodePlacementConfiguration",
      "NodeVMExtension",
      "NodeVMExtensionList",
      "OSDisk",
      "RollingUpgradePolicy",
      "SecurityProfile",
      "ServiceArtifactReference",
      "UefiSettings",
      "UpgradePolicy",
      "UserAssignedIdentity",
      "VMDiskSecurityProfile",
      "VMExtension",
      "VMExtensionInstanceView",
      "VirtualMachineInfo"
    ],
    "lacks": {
      "AzureBlobFileSystemConfiguration": [
        "identityReference"
      ],
      "CloudJob": [
        "allowTaskPreemption",
        "maxParallelTasks"
      ],
      "CloudPool": [
        "currentNodeCommunicationMode",
        "identity",
        "resourceTags",
        "targetNodeCommunicationMode",
        "upgradePolicy"
      ],
      "ComputeNode": [
        "virtualMachineInfo"
      ],
      "ContainerRegistry": [
        "identityReference"
      ],
      "ImageReference": [
        "communityGalleryImageId",
        "exactVersion",
        "sharedGalleryImageId"
      ],
      "JobAddParameter": [
        "allowTaskPreemption",
        "maxParallelTasks"
      ],
      "JobNetworkConfiguration": [
        "skipWithdrawFromVNet"
      ],
      "JobPatchParameter": [
        "allowTaskPreemption",
        "maxParallelTasks",
        "networkConfiguration"
      ],
      "JobSpecification": [
        "allowTaskPreemption",
        "maxParallelTasks"
      ],
      "JobUpdateParameter": [
        "allowTaskPreemption",
        "maxParallelTasks"
      ],
      "NetworkConfiguration": [
        "enableAcceleratedNetworking"
      ],
      "NodeCounts": [
        "deallocated",
        "deallocating",
        "upgradingOS"
      ],
      "OutputFileBlobContainerDestination": [
        "identityReference",
        "uploadHeaders"
      ],
      "PoolAddParameter": [
        "resourceTags",
        "targetNodeCommunicationMode",
        "upgradePolicy"
      ],
      "PoolPatchParameter": [
        "displayName",
        "enableInterNodeCommunication",
        "mountConfiguration",
        "networkConfiguration",
        "resourceTags",
        "targetNodeCommunicationMode",
        "taskSchedulingPolicy",
        "taskSlotsPerNode",
        "upgradePolicy",
        "userAccounts",
        "virtualMachineConfiguration",
        "vmSize"
      ],
      "PoolSpecification": [
        "resourceTags",
        "targetNodeCommunicationMode",
        "upgradePolicy"
      ],
      "PoolUpdatePropertiesParameter": [
        "targetNodeCommunicationMode"
      ],
      "ResourceFile": [
        "identityReference"
      ],
      "TaskContainerSettings": [
        "containerHostBatchBindMounts"
      ],
      "UploadBatchServiceLogsConfiguration": [
        "identityReference"
      ],
      "VirtualMachineConfiguration": [
        "extensions",
        "nodePlacementConfiguration",
        "osDisk",
        "securityProfile",
        "serviceArtifactReference"
      ]
    },
    "renames": {},
    "extras": {
      "CloudPool": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolAddParameter": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolSpecification": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      }
    },
    "unwraps": {},
    "lacksOperations": [
      "ComputeNodeExtension_Get",
      "ComputeNodeExtension_List",
      "ComputeNode_Deallocate",
      "ComputeNode_Start"
    ],
    "extraOperations": [
      {
        "operationId": "ComputeNodeOperations_GetRemoteDesktop",
        "method": "GET",
        "path": "/pools/{poolId}/nodes/{nodeId}/rdp"
      },
      {
        "operationId": "Job_GetAllLifetimeStatistics",
        "method": "GET",
        "path": "/lifetimejobstats"
      },
      {
        "operationId": "Pool_GetAllLifetimeStatistics",
        "method": "GET",
        "path": "/lifetimepoolstats"
      }
    ]
  },
  "2021-06-01.14.0": {
    "source": "azure-batch@9.0.0, azure-batch-api-2020-09@8.0.0, @azure/batch@10.2.0 and the release notes",
    "missingDefinitions": [
      "AutomaticOSUpgradePolicy",
      "ContainerHostBatchBindMountEntry",
      "HttpHeader",
      "ManagedDisk",
      "NodeDeallocateParameter",
      "RollingUpgradePolicy",
      "SecurityProfile",
      "ServiceArtifactReference",
      "UefiSettings",
      "UpgradePolicy",
      "VMDiskSecurityProfile"
    ],
    "lacks": {
      "CloudJob": [
        "allowTaskPreemption"
      ],
      "CloudPool": [
        "currentNodeCommunicationMode",
        "resourceTags",
        "targetNodeCommunicationMode",
        "upgradePolicy"
      ],
      "ImageReference": [
        "communityGalleryImageId",
        "sharedGalleryImageId"
      ],
      "JobAddParameter": [
        "allowTaskPreemption"
      ],
      "JobNetworkConfiguration": [
        "skipWithdrawFromVNet"
      ],
      "JobPatchParameter": [
        "allowTaskPreemption",
        "networkConfiguration"
      ],
      "JobSpecification": [
        "allowTaskPreemption"
      ],
      "JobUpdateParameter": [
        "allowTaskPreemption"
      ],
      "NetworkConfiguration": [
        "enableAcceleratedNetworking"
      ],
      "NodeCounts": [
        "deallocated",
        "deallocating",
        "upgradingOS"
      ],
      "OSDisk": [
        "caching",
        "diskSizeGB",
        "managedDisk",
        "writeAcceleratorEnabled"
      ],
      "OutputFileBlobContainerDestination": [
        "uploadHeaders"
      ],
      "PoolAddParameter": [
        "resourceTags",
        "targetNodeCommunicationMode",
        "upgradePolicy"
      ],
      "PoolPatchParameter": [
        "displayName",
        "enableInterNodeCommunication",
        "mountConfiguration",
        "networkConfiguration",
        "resourceTags",
        "targetNodeCommunicationMode",
        "taskSchedulingPolicy",
        "taskSlotsPerNode",
        "upgradePolicy",
        "userAccounts",
        "virtualMachineConfiguration",
        "vmSize"
      ],
      "PoolSpecification": [
        "resourceTags",
        "targetNodeCommunicationMode",
        "upgradePolicy"
      ],
      "PoolUpdatePropertiesParameter": [
        "targetNodeCommunicationMode"
      ],
      "TaskContainerSettings": [
        "containerHostBatchBindMounts"
      ],
      "VirtualMachineConfiguration": [
        "securityProfile",
        "serviceArtifactReference"
      ],
      "VirtualMachineInfo": [
        "scaleSetVmResourceId"
      ],
      "VMExtension": [
        "enableAutomaticUpgrade"
      ]
    },
    "renames": {},
    "extras": {
      "CloudPool": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolAddParameter": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolSpecification": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      }
    },
    "unwraps": {},
    "lacksOperations": [
      "ComputeNode_Deallocate",
      "ComputeNode_Start"
    ],
    "extraOperations": [
      {
        "operationId": "ComputeNodeOperations_GetRemoteDesktop",
        "method": "GET",
        "path": "/pools/{poolId}/nodes/{nodeId}/rdp"
      },
      {
        "operationId": "Job_GetAllLifetimeStatistics",
        "method": "GET",
        "path": "/lifetimejobstats"
      },
      {
        "operationId": "Pool_GetAllLifetimeStatistics",
        "method": "GET",
        "path": "/lifetimepoolstats"
      }
    ]
  },
  "2022-01-01.15.0": {
    "source": "azure-batch@9.0.0, azure-batch-api-2020-09@8.0.0, @azure/batch@10.2.0 and the release notes",
    "missingDefinitions": [
      "AutomaticOSUpgradePolicy",
      "ContainerHostBatchBindMountEntry",
      "ManagedDisk",
      "NodeDeallocateParameter",
      "RollingUpgradePolicy",
      "SecurityProfile",
      "ServiceArtifactReference",
      "UefiSettings",
      "UpgradePolicy",
      "VMDiskSecurityProfile"
    ],
    "lacks": {
      "CloudPool": [
        "currentNodeCommunicationMode",
        "resourceTags",
        "targetNodeCommunicationMode",
        "upgradePolicy"
      ],
      "ImageReference": [
        "communityGalleryImageId",
        "sharedGalleryImageId"
      ],
      "JobNetworkConfiguration": [
        "skipWithdrawFromVNet"
      ],
      "JobPatchParameter": [
        "networkConfiguration"
      ],
      "NetworkConfiguration": [
        "enableAcceleratedNetworking"
      ],
      "NodeCounts": [
        "deallocated",
        "deallocating",
        "upgradingOS"
      ],
      "OSDisk": [
        "caching",
        "diskSizeGB",
        "managedDisk",
        "writeAcceleratorEnabled"
      ],
      "PoolAddParameter": [
        "resourceTags",
        "targetNodeCommunicationMode",
        "upgradePolicy"
      ],
      "PoolPatchParameter": [
        "displayName",
        "enableInterNodeCommunication",
        "mountConfiguration",
        "networkConfiguration",
        "resourceTags",
        "targetNodeCommunicationMode",
        "taskSchedulingPolicy",
        "taskSlotsPerNode",
        "upgradePolicy",
        "userAccounts",
        "virtualMachineConfiguration",
        "vmSize"
      ],
      "PoolSpecification": [
        "resourceTags",
        "targetNodeCommunicationMode",
        "upgradePolicy"
      ],
      "PoolUpdatePropertiesParameter": [
        "targetNodeCommunicationMode"
      ],
      "TaskContainerSettings": [
        "containerHostBatchBindMounts"
      ],
      "VirtualMachineConfiguration": [
        "securityProfile",
        "serviceArtifactReference"
      ],
      "VirtualMachineInfo": [
        "scaleSetVmResourceId"
      ],
      "VMExtension": [
        "enableAutomaticUpgrade"
      ]
    },
    "renames": {},
    "extras": {
      "CloudPool": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolAddParameter": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolSpecification": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      }
    },
    "unwraps": {},
    "lacksOperations": [
      "ComputeNode_Deallocate",
      "ComputeNode_Start"
    ],
    "extraOperations": [
      {
        "operationId": "ComputeNodeOperations_GetRemoteDesktop",
        "method": "GET",
        "path": "/pools/{poolId}/nodes/{nodeId}/rdp"
      },
      {
        "operationId": "Job_GetAllLifetimeStatistics",
        "method": "GET",
        "path": "/lifetimejobstats"
      },
      {
        "operationId": "Pool_GetAllLifetimeStatistics",
        "method": "GET",
        "path": "/lifetimepoolstats"
      }
    ]
  },
  "2022-10-01.16.0": {
    "source": "@azure/batch@10.2.0",
    "missingDefinitions": [
      "AutomaticOSUpgradePolicy",
      "ContainerHostBatchBindMountEntry",
      "ManagedDisk",
      "NodeDeallocateParameter",
      "RollingUpgradePolicy",
      "SecurityProfile",
      "ServiceArtifactReference",
      "UefiSettings",
      "UpgradePolicy",
      "VMDiskSecurityProfile"
    ],
    "lacks": {
      "CloudPool": [
        "resourceTags",
        "upgradePolicy"
      ],
      "ImageReference": [
        "communityGalleryImageId",
        "sharedGalleryImageId"
      ],
      "JobNetworkConfiguration": [
        "skipWithdrawFromVNet"
      ],
      "JobPatchParameter": [
        "networkConfiguration"
      ],
      "NetworkConfiguration": [
        "enableAcceleratedNetworking"
      ],
      "NodeCounts": [
        "deallocated",
        "deallocating",
        "upgradingOS"
      ],
      "OSDisk": [
        "caching",
        "diskSizeGB",
        "managedDisk",
        "writeAcceleratorEnabled"
      ],
      "PoolAddParameter": [
        "resourceTags",
        "upgradePolicy"
      ],
      "PoolPatchParameter": [
        "displayName",
        "enableInterNodeCommunication",
        "mountConfiguration",
        "networkConfiguration",
        "resourceTags",
        "taskSchedulingPolicy",
        "taskSlotsPerNode",
        "upgradePolicy",
        "userAccounts",
        "virtualMachineConfiguration",
        "vmSize"
      ],
      "PoolSpecification": [
        "resourceTags",
        "upgradePolicy"
      ],
      "TaskContainerSettings": [
        "containerHostBatchBindMounts"
      ],
      "VirtualMachineConfiguration": [
        "securityProfile",
        "serviceArtifactReference"
      ],
      "VirtualMachineInfo": [
        "scaleSetVmResourceId"
      ],
      "VMExtension": [
        "enableAutomaticUpgrade"
      ]
    },
    "renames": {},
    "extras": {
      "CloudPool": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolAddParameter": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolSpecification": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      }
    },
    "unwraps": {},
    "lacksOperations": [
      "ComputeNode_Deallocate",
      "ComputeNode_Start"
    ],
    "extraOperations": [
      {
        "operationId": "ComputeNodeOperations_GetRemoteDesktop",
        "method": "GET",
        "path": "/pools/{poolId}/nodes/{nodeId}/rdp"
      },
      {
        "operationId": "Job_GetAllLifetimeStatistics",
        "method": "GET",
        "path": "/lifetimejobstats"
      },
      {
        "operationId": "Pool_GetAllLifetimeStatistics",
        "method": "GET",
        "path": "/lifetimepoolstats"
      }
    ]
  },
  "2023-05-01.17.0": {
    "source": "azure-batch@9.0.0, azure-batch-api-2020-09@8.0.0, @azure/batch@10.2.0 and the release notes",
    "missingDefinitions": [
      "AutomaticOSUpgradePolicy",
      "ContainerHostBatchBindMountEntry",
      "ManagedDisk",
      "NodeDeallocateParameter",
      "RollingUpgradePolicy",
      "SecurityProfile",
      "ServiceArtifactReference",
      "UefiSettings",
      "UpgradePolicy",
      "VMDiskSecurityProfile"
    ],
    "lacks": {
      "CloudPool": [
        "resourceTags",
        "upgradePolicy"
      ],
      "ImageReference": [
        "communityGalleryImageId",
        "sharedGalleryImageId"
      ],
      "JobNetworkConfiguration": [
        "skipWithdrawFromVNet"
      ],
      "JobPatchParameter": [
        "networkConfiguration"
      ],
      "NodeCounts": [
        "deallocated",
        "deallocating",
        "upgradingOS"
      ],
      "OSDisk": [
        "caching",
        "diskSizeGB",
        "managedDisk",
        "writeAcceleratorEnabled"
      ],
      "PoolAddParameter": [
        "resourceTags",
        "upgradePolicy"
      ],
      "PoolPatchParameter": [
        "displayName",
        "enableInterNodeCommunication",
        "mountConfiguration",
        "networkConfiguration",
        "resourceTags",
        "taskSchedulingPolicy",
        "taskSlotsPerNode",
        "upgradePolicy",
        "userAccounts",
        "virtualMachineConfiguration",
        "vmSize"
      ],
      "PoolSpecification": [
        "resourceTags",
        "upgradePolicy"
      ],
      "TaskContainerSettings": [
        "containerHostBatchBindMounts"
      ],
      "VirtualMachineConfiguration": [
        "securityProfile",
        "serviceArtifactReference"
      ],
      "VirtualMachineInfo": [
        "scaleSetVmResourceId"
      ]
    },
    "renames": {},
    "extras": {
      "CloudPool": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolAddParameter": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolSpecification": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      }
    },
    "unwraps": {},
    "lacksOperations": [
      "ComputeNode_Deallocate",
      "ComputeNode_Start"
    ],
    "extraOperations": [
      {
        "operationId": "ComputeNodeOperations_GetRemoteDesktop",
        "method": "GET",
        "path": "/pools/{poolId}/nodes/{nodeId}/rdp"
      }
    ]
  },
  "2023-11-01.18.0": {
    "source": "azure-batch@9.0.0, azure-batch-api-2020-09@8.0.0, @azure/batch@10.2.0 and the release notes",
    "missingDefinitions": [
      "AutomaticOSUpgradePolicy",
      "ContainerHostBatchBindMountEntry",
      "NodeDeallocateParameter",
      "RollingUpgradePolicy",
      "UpgradePolicy",
      "VMDiskSecurityProfile"
    ],
    "lacks": {
      "CloudPool": [
        "upgradePolicy"
      ],
      "ImageReference": [
        "communityGalleryImageId",
        "sharedGalleryImageId"
      ],
      "JobNetworkConfiguration": [
        "skipWithdrawFromVNet"
      ],
      "JobPatchParameter": [
        "networkConfiguration"
      ],
      "ManagedDisk": [
        "securityProfile"
      ],
      "NodeCounts": [
        "deallocated",
        "deallocating",
        "upgradingOS"
      ],
      "PoolAddParameter": [
        "upgradePolicy"
      ],
      "PoolPatchParameter": [
        "displayName",
        "enableInterNodeCommunication",
        "mountConfiguration",
        "networkConfiguration",
        "resourceTags",
        "taskSchedulingPolicy",
        "taskSlotsPerNode",
        "upgradePolicy",
        "userAccounts",
        "virtualMachineConfiguration",
        "vmSize"
      ],
      "PoolSpecification": [
        "upgradePolicy"
      ],
      "TaskContainerSettings": [
        "containerHostBatchBindMounts"
      ]
    },
    "renames": {},
    "extras": {
      "CloudPool": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolAddParameter": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolSpecification": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      }
    },
    "unwraps": {},
    "lacksOperations": [
      "ComputeNode_Deallocate",
      "ComputeNode_Start"
    ],
    "extraOperations": [
      {
        "operationId": "ComputeNodeOperations_GetRemoteDesktop",
        "method": "GET",
        "path": "/pools/{poolId}/nodes/{nodeId}/rdp"
      }
    ]
  },
  "2024-02-01.19.0": {
    "source": "azure-batch@9.0.0, azure-batch-api-2020-09@8.0.0, @azure/batch@10.2.0 and the release notes",
    "missingDefinitions": [
      "ContainerHostBatchBindMountEntry",
      "NodeDeallocateParameter",
      "VMDiskSecurityProfile"
    ],
    "lacks": {
      "ImageReference": [
        "communityGalleryImageId",
        "sharedGalleryImageId"
      ],
      "JobNetworkConfiguration": [
        "skipWithdrawFromVNet"
      ],
      "JobPatchParameter": [
        "networkConfiguration"
      ],
      "ManagedDisk": [
        "securityProfile"
      ],
      "NodeCounts": [
        "deallocated",
        "deallocating"
      ],
      "PoolPatchParameter": [
        "displayName",
        "enableInterNodeCommunication",
        "mountConfiguration",
        "networkConfiguration",
        "resourceTags",
        "taskSchedulingPolicy",
        "taskSlotsPerNode",
        "upgradePolicy",
        "userAccounts",
        "virtualMachineConfiguration",
        "vmSize"
      ],
      "TaskContainerSettings": [
        "containerHostBatchBindMounts"
      ]
    },
    "renames": {},
    "extras": {
      "CloudPool": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolAddParameter": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      },
      "PoolSpecification": {
        "applicationLicenses": "string[]",
        "cloudServiceConfiguration": "object"
      }
    },
    "unwraps": {},
    "lacksOperations": [
      "ComputeNode_Deallocate",
      "ComputeNode_Start"
    ],
    "extraOperations": [
      {
        "operationId": "ComputeNodeOperations_GetRemoteDesktop",
        "method": "GET",
        "path": "/pools/{poolId}/nodes/{nodeId}/rdp"
      }
    ]
  }
};
