/**
 * The api-version in which each schema change first appeared, for the versions that no installed
 * client carries. Facts taken from the Batch SDKs' published release notes (each .NET, Python and
 * JavaScript release names its REST api-version and the definitions, properties and operations it
 * added or removed); the generator checks every entry against the schemas it measures, and fails
 * when a change it measures between two known versions has no entry here and could have appeared
 * in more than one version.
 *
 * Change keys, as `scripts/apiversions/generate.ts` names them:
 *   `+Definition`             the definition was added
 *   `+Definition.property`    the property was added
 *   `-Definition.property`    the property was removed (older versions have it)
 *   `+op Group_Operation`     the operation was added
 *   `-op Group_Operation`     the operation was removed (older versions have it)
 * @module
 */
import type { OlderPropertyType } from "../../src/emulator/versions/difference.js";

/** Per api-version, the changes that version made to the one before it. */
export const FIRST_SERVED_IN: Readonly<Record<string, readonly string[]>> = {
  // Disk encryption and public IP address configuration (replacing NetworkConfiguration.publicIPs).
  "2020-03-01.11.0": [
    "+DiskEncryptionConfiguration",
    "+PublicIPAddressConfiguration",
    "+VirtualMachineConfiguration.diskEncryptionConfiguration",
    "+NetworkConfiguration.publicIPAddressConfiguration",
    "-NetworkConfiguration.publicIPs",
  ],
  // Pool managed identities, identity references, VM extensions, placement, OS disk, job
  // parallelism and the node's virtual machine information.
  "2021-06-01.14.0": [
    "+BatchPoolIdentity",
    "+UserAssignedIdentity",
    "+CloudPool.identity",
    "+ComputeNodeIdentityReference",
    "+AzureBlobFileSystemConfiguration.identityReference",
    "+ContainerRegistry.identityReference",
    "+OutputFileBlobContainerDestination.identityReference",
    "+ResourceFile.identityReference",
    "+UploadBatchServiceLogsConfiguration.identityReference",
    "+VMExtension",
    "+VMExtensionInstanceView",
    "+InstanceViewStatus",
    "+NodeVMExtension",
    "+NodeVMExtensionList",
    "+VirtualMachineConfiguration.extensions",
    "+op ComputeNodeExtension_Get",
    "+op ComputeNodeExtension_List",
    "+NodePlacementConfiguration",
    "+VirtualMachineConfiguration.nodePlacementConfiguration",
    "+OSDisk",
    "+DiffDiskSettings",
    "+VirtualMachineConfiguration.osDisk",
    "+CloudJob.maxParallelTasks",
    "+JobAddParameter.maxParallelTasks",
    "+JobPatchParameter.maxParallelTasks",
    "+JobSpecification.maxParallelTasks",
    "+JobUpdateParameter.maxParallelTasks",
    "+VirtualMachineInfo",
    "+ComputeNode.virtualMachineInfo",
    "+ImageReference.exactVersion",
  ],
  // Output upload headers and task preemption.
  "2022-01-01.15.0": [
    "+HttpHeader",
    "+OutputFileBlobContainerDestination.uploadHeaders",
    "+CloudJob.allowTaskPreemption",
    "+JobAddParameter.allowTaskPreemption",
    "+JobPatchParameter.allowTaskPreemption",
    "+JobSpecification.allowTaskPreemption",
    "+JobUpdateParameter.allowTaskPreemption",
  ],
  // Node communication modes.
  "2022-10-01.16.0": [
    "+CloudPool.currentNodeCommunicationMode",
    "+CloudPool.targetNodeCommunicationMode",
    "+PoolAddParameter.targetNodeCommunicationMode",
    "+PoolPatchParameter.targetNodeCommunicationMode",
    "+PoolSpecification.targetNodeCommunicationMode",
    "+PoolUpdatePropertiesParameter.targetNodeCommunicationMode",
  ],
  // Accelerated networking, automatic extension upgrades; lifetime statistics retired.
  "2023-05-01.17.0": [
    "+NetworkConfiguration.enableAcceleratedNetworking",
    "+VMExtension.enableAutomaticUpgrade",
    "-op Job_GetAllLifetimeStatistics",
    "-op Pool_GetAllLifetimeStatistics",
  ],
  // Resource tags, security profiles (trusted launch), service artifacts and managed OS disks.
  "2023-11-01.18.0": [
    "+CloudPool.resourceTags",
    "+PoolAddParameter.resourceTags",
    "+PoolSpecification.resourceTags",
    "+SecurityProfile",
    "+UefiSettings",
    "+VirtualMachineConfiguration.securityProfile",
    "+ServiceArtifactReference",
    "+VirtualMachineConfiguration.serviceArtifactReference",
    "+VirtualMachineInfo.scaleSetVmResourceId",
    "+ManagedDisk",
    "+OSDisk.caching",
    "+OSDisk.diskSizeGB",
    "+OSDisk.managedDisk",
    "+OSDisk.writeAcceleratorEnabled",
  ],
  // Upgrade policies.
  "2024-02-01.19.0": [
    "+UpgradePolicy",
    "+AutomaticOSUpgradePolicy",
    "+RollingUpgradePolicy",
    "+CloudPool.upgradePolicy",
    "+PoolAddParameter.upgradePolicy",
    "+PoolSpecification.upgradePolicy",
    "+NodeCounts.upgradingOS",
  ],
  // Node start/deallocate, wider pool and job patches, confidential VMs, gallery images, container
  // bind mounts; cloud service pools, application licenses and the RDP file retired.
  "2024-07-01.20.0": [
    "+op ComputeNode_Start",
    "+op ComputeNode_Deallocate",
    "+NodeDeallocateParameter",
    "+NodeCounts.deallocated",
    "+NodeCounts.deallocating",
    "+PoolPatchParameter.displayName",
    "+PoolPatchParameter.enableInterNodeCommunication",
    "+PoolPatchParameter.mountConfiguration",
    "+PoolPatchParameter.networkConfiguration",
    "+PoolPatchParameter.resourceTags",
    "+PoolPatchParameter.taskSchedulingPolicy",
    "+PoolPatchParameter.taskSlotsPerNode",
    "+PoolPatchParameter.upgradePolicy",
    "+PoolPatchParameter.userAccounts",
    "+PoolPatchParameter.virtualMachineConfiguration",
    "+PoolPatchParameter.vmSize",
    "+JobPatchParameter.networkConfiguration",
    "+JobNetworkConfiguration.skipWithdrawFromVNet",
    "+VMDiskSecurityProfile",
    "+ManagedDisk.securityProfile",
    "+ImageReference.communityGalleryImageId",
    "+ImageReference.sharedGalleryImageId",
    "+ContainerHostBatchBindMountEntry",
    "+TaskContainerSettings.containerHostBatchBindMounts",
    "-CloudPool.cloudServiceConfiguration",
    "-PoolAddParameter.cloudServiceConfiguration",
    "-PoolSpecification.cloudServiceConfiguration",
    "-CloudPool.applicationLicenses",
    "-PoolAddParameter.applicationLicenses",
    "-PoolSpecification.applicationLicenses",
    "-op ComputeNodeOperations_GetRemoteDesktop",
  ],
};

/** Wire types of removed properties that no installed client describes. */
export const REMOVED_PROPERTY_TYPES: Readonly<Record<string, OlderPropertyType>> = {
  "NetworkConfiguration.publicIPs": "string[]",
};
