using 'main.bicep'

param location = 'westeurope'

param iotHubContosoSpokeHubName = 'contoso-spoke-hub'
